package app.caravan.anonymize;

import app.caravan.anonymize.RefiQdaWriter.Case;
import app.caravan.anonymize.RefiQdaWriter.Coding;
import app.caravan.anonymize.RefiQdaWriter.Project;
import app.caravan.anonymize.RefiQdaWriter.Selection;
import app.caravan.anonymize.RefiQdaWriter.Variable;
import app.caravan.domain.Theme;
import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The {@code project.qde} document of a planned {@link Project}, in the element order
 * {@code Project.xsd} prescribes. Lists the schema requires to be non-empty are left out when empty.
 */
final class QdeXml {
    static final String NS = "urn:QDA-XML:project:1.0";

    private final Project project;
    private final String created;
    private XMLStreamWriter xml;

    QdeXml(Project project) {
        this.project = project;
        this.created = project.createdAt().toString();
    }

    void write(OutputStream out) throws XMLStreamException {
        xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("Project");
        xml.writeDefaultNamespace(NS);
        attribute("name", project.name());
        attribute("origin", project.origin());
        attribute("creatingUserGUID", project.userGuid());
        attribute("creationDateTime", created);
        xml.writeStartElement("Users");
        xml.writeEmptyElement("User");
        attribute("guid", project.userGuid());
        attribute("name", RefiQdaWriter.USER_NAME);
        xml.writeEndElement();
        if (!project.roots().isEmpty()) {
            xml.writeStartElement("CodeBook");
            xml.writeStartElement("Codes");
            codes(project.roots());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        if (!project.variables().isEmpty()) {
            xml.writeStartElement("Variables");
            for (Variable v : project.variables()) {
                xml.writeEmptyElement("Variable");
                attribute("guid", v.guid());
                attribute("name", v.name());
                attribute("typeOfVariable", "Text");
            }
            xml.writeEndElement();
        }
        if (!project.cases().isEmpty()) {
            xml.writeStartElement("Cases");
            for (Case c : project.cases()) {
                caseOf(c);
            }
            xml.writeEndElement();
        }
        if (project.cases().stream().anyMatch(c -> c.sourceGuid() != null)) {
            xml.writeStartElement("Sources");
            for (Case c : project.cases()) {
                if (c.sourceGuid() != null) {
                    source(c);
                }
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    private void codes(List<Theme> level) throws XMLStreamException {
        for (Theme t : level) {
            xml.writeStartElement("Code");
            attribute("guid", project.codeGuids().get(t.key()));
            attribute("name", t.name());
            attribute("isCodable", "true");
            attribute("color", t.color());
            description(t.description());
            codes(project.children().getOrDefault(t.key(), List.of()));
            xml.writeEndElement();
        }
    }

    private void caseOf(Case c) throws XMLStreamException {
        xml.writeStartElement("Case");
        attribute("guid", c.guid());
        attribute("name", c.participant().id());
        for (String code : c.codeGuids()) {
            ref("CodeRef", code);
        }
        for (Variable v : project.variables()) {
            String value = c.participant().values().get(v.column());
            // "" means unknown: an absent value says so to every QDA program, an empty text would not.
            if (!value.isEmpty()) {
                xml.writeStartElement("VariableValue");
                ref("VariableRef", v.guid());
                xml.writeStartElement("TextValue");
                text(value);
                xml.writeEndElement();
                xml.writeEndElement();
            }
        }
        if (c.sourceGuid() != null) {
            ref("SourceRef", c.sourceGuid());
        }
        xml.writeEndElement();
    }

    private void source(Case c) throws XMLStreamException {
        xml.writeStartElement("TextSource");
        attribute("guid", c.sourceGuid());
        attribute("name", c.participant().id());
        attribute("plainTextPath", "internal://" + c.sourceGuid() + ".txt");
        attribute("creatingUser", project.userGuid());
        attribute("creationDateTime", created);
        for (Selection s : c.selections()) {
            xml.writeStartElement("PlainTextSelection");
            attribute("guid", s.guid());
            attribute("startPosition", Integer.toString(s.start()));
            attribute("endPosition", Integer.toString(s.end()));
            attribute("creatingUser", project.userGuid());
            attribute("creationDateTime", created);
            description(s.memo());
            for (Coding coding : s.codings()) {
                xml.writeStartElement("Coding");
                attribute("guid", coding.guid());
                attribute("creatingUser", project.userGuid());
                attribute("creationDateTime", created);
                ref("CodeRef", coding.codeGuid());
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void description(String text) throws XMLStreamException {
        if (!text.isEmpty()) {
            xml.writeStartElement("Description");
            text(text);
            xml.writeEndElement();
        }
    }

    private void ref(String element, String guid) throws XMLStreamException {
        xml.writeEmptyElement(element);
        attribute("targetGUID", guid);
    }

    private void attribute(String name, String value) throws XMLStreamException {
        xml.writeAttribute(name, xmlSafe(value));
    }

    private void text(String value) throws XMLStreamException {
        xml.writeCharacters(xmlSafe(value));
    }

    /**
     * The writer escapes markup but passes through characters XML 1.0 cannot hold at all (control
     * characters, lone surrogates), which would make the whole document unreadable: they become U+FFFD.
     */
    static String xmlSafe(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
            if (!ok && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null) {
                if (ok) {
                    b.appendCodePoint(cp);
                } else {
                    b.append('\uFFFD');
                }
            }
            i += n;
        }
        return b == null ? s : b.toString();
    }
}
