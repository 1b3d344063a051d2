package dev.banmian.pdf;

import dev.banmian.geometry.Box;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

/**
 * Finds the picture boxes of a page: drawn images, and filled rectangles large enough to be a photo or
 * its placeholder frame (rules and underlines are too thin, white fills are page background). Not
 * thread-safe: one instance per page.
 */
final class PictureFinder extends PDFGraphicsStreamEngine {
  /** A picture is at least this many points wide and high; smaller fills are rules, bullets or boxes around labels. */
  static final double SMALLEST_PICTURE = 24;

  private final PDRectangle crop;
  private final List<Box> pictures = new ArrayList<>();
  private final List<Box> pending = new ArrayList<>();
  private Point2D current = new Point2D.Double();

  PictureFinder(PDPage page) {
    super(page);
    this.crop = page.getCropBox();
  }

  /** Returns the picture boxes of the page, in drawing order. */
  List<Box> find() throws IOException {
    processPage(getPage());
    return List.copyOf(pictures);
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    double minX = Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
    double maxX = Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
    double minY = Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
    double maxY = Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
    pending.add(toPage(minX, minY, maxX, maxY));
    current = p0;
  }

  @Override
  public void drawImage(PDImage image) {
    Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
    Point2D.Float a = ctm.transformPoint(0, 0);
    Point2D.Float b = ctm.transformPoint(1, 1);
    addIfPicture(toPage(Math.min(a.x, b.x), Math.min(a.y, b.y), Math.max(a.x, b.x), Math.max(a.y, b.y)));
  }

  @Override
  public void fillPath(int windingRule) throws IOException {
    if (!isWhite(getGraphicsState().getNonStrokingColor())) {
      pending.forEach(this::addIfPicture);
    }
    pending.clear();
  }

  @Override
  public void fillAndStrokePath(int windingRule) throws IOException {
    fillPath(windingRule);
  }

  @Override
  public void strokePath() {
    // a stroked frame around a photo placeholder counts as the picture
    pending.forEach(this::addIfPicture);
    pending.clear();
  }

  @Override
  public void endPath() {
    pending.clear();
  }

  @Override
  public void clip(int windingRule) {
    // clipping paths are not drawn
  }

  @Override
  public void moveTo(float x, float y) {
    current = new Point2D.Float(x, y);
  }

  @Override
  public void lineTo(float x, float y) {
    current = new Point2D.Float(x, y);
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    current = new Point2D.Float(x3, y3);
  }

  @Override
  public Point2D getCurrentPoint() {
    return current;
  }

  @Override
  public void closePath() {
    // the rectangle is already closed
  }

  @Override
  public void shadingFill(COSName shadingName) {
    // shadings are backgrounds, not pictures
  }

  private void addIfPicture(Box b) {
    if (b.width() >= SMALLEST_PICTURE && b.height() >= SMALLEST_PICTURE
        && b.width() < crop.getWidth() * 0.95 && b.height() < crop.getHeight() * 0.95) {
      pictures.add(b);
    }
  }

  private Box toPage(double minX, double minY, double maxX, double maxY) {
    double left = minX - crop.getLowerLeftX();
    double right = maxX - crop.getLowerLeftX();
    double top = crop.getUpperRightY() - maxY;
    double bottom = crop.getUpperRightY() - minY;
    return new Box(left, top, Math.max(left, right), Math.max(top, bottom));
  }

  private static boolean isWhite(PDColor c) {
    try {
      float[] rgb = c.getColorSpace() == null ? new float[0] : c.getColorSpace().toRGB(c.getComponents());
      return rgb.length == 3 && rgb[0] > 0.97f && rgb[1] > 0.97f && rgb[2] > 0.97f;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
