package dev.banmian.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PageTextDecoderTest {
  private static final String EXPECTED = "本报讯（记者 衣凯玥）为弘扬伟大抗战精神，\n教育引导广大少先队员。\n";

  private static byte[] fixture(String name) throws IOException {
    try (InputStream in = PageTextDecoderTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void detectsRealGb18030FileAndNormalisesCrlf() throws IOException {
    DecodedText t = PageTextDecoder.decode(fixture("page-gb18030.txt"), "gb.txt", Optional.empty());
    assertEquals(EXPECTED, t.text());
    assertEquals("GB18030", t.charset().name());
    assertEquals("detected", t.how());
  }

  @Test
  void readsUtf16WithBom() throws IOException {
    DecodedText t = PageTextDecoder.decode(fixture("page-utf16le-bom.txt"), "u16.txt", Optional.empty());
    assertEquals(EXPECTED, t.text());
    assertEquals("bom", t.how());
  }

  @Test
  void readsUtf8WithAndWithoutBom() {
    byte[] plain = "标题\r正文".getBytes(StandardCharsets.UTF_8);
    assertEquals("标题\n正文", PageTextDecoder.decode(plain, "a", Optional.empty()).text());
    byte[] bom = new byte[plain.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(plain, 0, bom, 3, plain.length);
    DecodedText t = PageTextDecoder.decode(bom, "b", Optional.empty());
    assertEquals("标题\n正文", t.text());
    assertEquals("bom", t.how());
  }

  @Test
  void badBytesNameTheFileAndOffsetInsteadOfReplacementCharacters() {
    byte[] bytes = "正文".getBytes(StandardCharsets.UTF_8);
    byte[] broken = new byte[bytes.length + 2];
    System.arraycopy(bytes, 0, broken, 0, bytes.length);
    broken[bytes.length] = (byte) 0xC3;
    broken[bytes.length + 1] = (byte) 0x28;
    UndecodableTextException e = assertThrows(UndecodableTextException.class,
        () -> PageTextDecoder.decode(broken, "page.txt", Optional.of(StandardCharsets.UTF_8)));
    assertEquals(6, e.byteOffset());
    assertTrue(e.getMessage().startsWith("page.txt at byte 6"), e.getMessage());
  }

  @Test
  void binaryFilesAreRejected() {
    byte[] bin = {0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x10};
    UndecodableTextException e = assertThrows(UndecodableTextException.class, () -> PageTextDecoder.decode(bin, "x.zip", Optional.empty()));
    assertEquals(4, e.byteOffset());
  }

  @Test
  void overrideIsUsed() {
    byte[] gbk = "新闻".getBytes(Charset.forName("GBK"));
    assertEquals("新闻", PageTextDecoder.decode(gbk, "g", Optional.of(Charset.forName("GBK"))).text());
  }

  @Test
  void aUtf8PageWithOneDamagedByteIsRefusedNotDecodedAsMojibake() {
    // a statistical detector reads some of these as windows-1251 or IBM866: Cyrillic mojibake, returned silently
    String[] pages = {"本报讯（记者 王明）今天开会，会议强调要抓落实。",
        "新华社北京5月20日电 记者从有关部门获悉，今年以来各地持续推进农村道路建设，新修道路一百多公里。\n村民们说，如今下雨天出门也不怕了。"};
    Random random = new Random(1);
    for (String page : pages) {
      byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
      for (int t = 0; t < 3000; t++) {
        byte[] damaged = bytes.clone();
        int at = random.nextInt(damaged.length);
        damaged[at] = (byte) random.nextInt(256);
        try {
          DecodedText d = PageTextDecoder.decode(damaged, "p.txt", Optional.empty());
          // a change that leaves well-formed UTF-8 decodes as UTF-8; nothing decodes as another charset's mojibake
          assertEquals(StandardCharsets.UTF_8, d.charset(), at + ": " + d.text());
        } catch (UndecodableTextException e) {
          assertTrue(e.getMessage().startsWith("p.txt at byte "), e.getMessage());
        }
      }
    }
  }

  @Test
  void big5AndGbkPagesAreStillDetected() {
    String page = "本報訊（記者 王明）今天開會，會議強調要抓落實。各地區各部門要以釘釘子精神抓好改革落實。";
    DecodedText big5 = PageTextDecoder.decode(page.getBytes(Charset.forName("Big5")), "b.txt", Optional.empty());
    assertEquals(page, big5.text());
    String simplified = "本报讯（记者 王明）今天开会，会议强调要抓落实。各地区各部门要以钉钉子精神抓好改革落实。";
    assertEquals(simplified, PageTextDecoder.decode(simplified.getBytes(Charset.forName("GBK")), "g.txt", Optional.empty()).text());
  }

  @Test
  void aPageInAnotherScriptNeedsItsCharsetNamed() {
    byte[] cp1252 = "Café crème brûlée à la française".getBytes(Charset.forName("windows-1252"));
    assertThrows(UndecodableTextException.class, () -> PageTextDecoder.decode(cp1252, "f.txt", Optional.empty()));
    assertEquals("Café crème brûlée à la française",
        PageTextDecoder.decode(cp1252, "f.txt", Optional.of(Charset.forName("windows-1252"))).text());
  }
}
