package dev.banmian.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
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
}
