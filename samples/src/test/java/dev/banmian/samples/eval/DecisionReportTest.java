package dev.banmian.samples.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.banmian.samples.eval.LineProjection.Boundary;
import dev.banmian.samples.eval.LineProjection.Role;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DecisionReportTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Two columns: the body of article 0 breaks across the headline of article 1 and resumes after it. */
  private static final String PAGE = String.join("\n",
      "第一版",
      "春天来了",
      "本报记者 王明",
      "田野里一片忙碌，农民们",
      "正在播种。",
      "",
      "新的一年开始了",
      "村里的广播响",
      "起来，大家都很高兴。",
      "另一篇文章的正文从这里开始。",
      "");

  private static JsonNode json(String s) throws Exception {
    return JSON.readTree(s.replace('\'', '"'));
  }

  private static final String GOLD = "{'articles':["
      + "{'headline':'春天来了','byline':{'raw':'本报记者 王明'},'paragraphs':['田野里一片忙碌，农民们正在播种。','村里的广播响起来，大家都很高兴。']},"
      + "{'headline':'新的一年开始了','paragraphs':['另一篇文章的正文从这里开始。']}],"
      + "'captions':[],'noise':['第一版']}";

  @Test
  void goldProjectionGivesRolesBoundariesAndLinks() throws Exception {
    LineProjection g = LineProjection.project(PAGE, json(GOLD));
    assertEquals(9, g.size());
    assertEquals(Role.NOISE, g.role(0));
    assertEquals(Role.HEADLINE, g.role(1));
    assertEquals(Role.BYLINE, g.role(2));
    assertEquals(Role.BODY, g.role(3));
    assertEquals(Boundary.JOIN, g.boundary(3));
    assertEquals(Boundary.OTHER, g.boundary(4), "the next line is another article's headline");
    assertEquals(Boundary.JOIN, g.boundary(6));
    assertEquals(Optional.of(6), g.successor(4), "paragraph 2 resumes after the other headline");
    assertEquals(Optional.empty(), g.successor(7), "the article ends there");
  }

  @Test
  void predictionThatMergesTheInterruptedBodyIntoTheWrongArticleLosesTheLinkAndTheRole() throws Exception {
    String pred = "{'articles':["
        + "{'headline':'春天来了','byline':{'raw':'本报记者 王明'},'paragraphs':['田野里一片忙碌，农民们正在播种。']},"
        + "{'headline':'新的一年开始了','paragraphs':['村里的广播响起来，大家都很高兴。另一篇文章的正文从这里开始。']}],"
        + "'captions':[],'noise':[]}";
    DecisionReport.Counts c = DecisionReport.compare(LineProjection.project(PAGE, json(GOLD)), LineProjection.project(PAGE, json(pred)));
    assertEquals(9, c.roles);
    assertEquals(8, c.rolesRight, "only 第一版 (noise, dropped) is wrong");
    assertEquals(1, c.links);
    assertEquals(0, c.linksRight);
    assertEquals(0, c.breaks, "no two neighbouring lines of one flow are two paragraphs");
    assertEquals(2, c.joins);
    assertEquals(2, c.joinsRight);
  }

  @Test
  void identicalPredictionIsRightEverywhere() throws Exception {
    DecisionReport.Counts c = DecisionReport.compare(LineProjection.project(PAGE, json(GOLD)), LineProjection.project(PAGE, json(GOLD)));
    assertEquals(1.0, c.accuracy());
  }
}
