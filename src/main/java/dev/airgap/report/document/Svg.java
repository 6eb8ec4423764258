package dev.airgap.report.document;

import dev.airgap.template.Excerpt;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The SVG elements a {@link PathDiagram} is drawn with, and the one place text enters the picture. */
final class Svg {

    private final XMLStreamWriter w;

    Svg(XMLStreamWriter w) {
        this.w = w;
    }

    void path(String d, String colour, String arrow) throws XMLStreamException {
        w.writeEmptyElement("path");
        w.writeAttribute("d", d);
        w.writeAttribute("fill", "none");
        w.writeAttribute("stroke", colour);
        w.writeAttribute("stroke-width", "2.5");
        w.writeAttribute("marker-end", "url(#" + arrow + ")");
    }

    void rect(int x, int y, int width, int height, String fill, String stroke, int radius)
            throws XMLStreamException {
        w.writeEmptyElement("rect");
        w.writeAttribute("x", String.valueOf(x));
        w.writeAttribute("y", String.valueOf(y));
        w.writeAttribute("width", String.valueOf(width));
        w.writeAttribute("height", String.valueOf(height));
        if (radius > 0) {
            w.writeAttribute("rx", String.valueOf(radius));
        }
        w.writeAttribute("fill", fill);
        w.writeAttribute("stroke", stroke);
    }

    void text(int x, int y, String s, String colour, String size, String weight)
            throws XMLStreamException {
        text(x, y, s, colour, size, weight, null);
    }

    void text(int x, int y, String s, String colour, String size, String weight, String anchor)
            throws XMLStreamException {
        w.writeStartElement("text");
        w.writeAttribute("x", String.valueOf(x));
        w.writeAttribute("y", String.valueOf(y));
        w.writeAttribute("fill", colour);
        w.writeAttribute("font-size", size);
        if (weight != null) {
            w.writeAttribute("font-weight", weight);
        }
        if (anchor != null) {
            w.writeAttribute("text-anchor", anchor);
        }
        characters(s);
        w.writeEndElement();
    }

    void element(String name, String content) throws XMLStreamException {
        w.writeStartElement(name);
        characters(content);
        w.writeEndElement();
    }

    /**
     * Where text enters the picture (and the two attributes that carry names). The writer escapes markup but
     * passes control characters through, and XML 1.0 allows almost none of them (a NUL makes the page
     * unreadable), so they are written as {@code \\uXXXX}.
     */
    void characters(String s) throws XMLStreamException {
        w.writeCharacters(Excerpt.escapeControls(s));
    }
}
