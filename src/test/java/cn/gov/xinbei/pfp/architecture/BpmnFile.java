package cn.gov.xinbei.pfp.architecture;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A BPMN file read as XML, for {@link ProcessModelConventionsTest}: every element, whatever Modeler wrote. */
final class BpmnFile {

    static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
    static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

    private final Path path;
    private final Document document;

    private BpmnFile(Path path, Document document) {
        this.path = path;
        this.document = document;
    }

    static BpmnFile read(Path path) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return new BpmnFile(path, factory.newDocumentBuilder().parse(path.toFile()));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    static boolean isFlowNodeOrFlow(String localName) {
        return localName.endsWith("Task") || localName.endsWith("Event") || localName.endsWith("Gateway")
                || localName.equals("callActivity") || localName.equals("subProcess")
                || localName.equals("sequenceFlow");
    }

    List<Element> elements() {
        NodeList nodes = document.getElementsByTagNameNS("*", "*");
        List<Element> elements = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    List<Element> userTasks() {
        return elements().stream()
                .filter(e -> BPMN.equals(e.getNamespaceURI()) && "userTask".equals(e.getLocalName()))
                .toList();
    }

    /** Attribute values and the element's own text that hold an expression ${…}. */
    List<String> expressionsOf(Element element) {
        List<String> expressions = new ArrayList<>();
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            String value = ((Attr) attributes.item(i)).getValue();
            if (value.contains("${")) {
                expressions.add(value);
            }
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE && child.getNodeValue().contains("${")) {
                expressions.add(child.getNodeValue().trim());
            }
        }
        return expressions;
    }

    String documentation(Element task) {
        return childText(task, BPMN, "documentation");
    }

    /** A Camunda extension property ({@code camunda:properties/camunda:property}) of the element, or null. */
    String property(Element element, String name) {
        for (Element extensions : children(element, BPMN, "extensionElements")) {
            for (Element properties : children(extensions, CAMUNDA, "properties")) {
                for (Element property : children(properties, CAMUNDA, "property")) {
                    if (name.equals(property.getAttribute("name"))) {
                        return property.getAttribute("value");
                    }
                }
            }
        }
        return null;
    }

    /** The ids of the elements that have a shape or an edge in the diagram. */
    Set<String> drawnElements() {
        Set<String> drawn = new HashSet<>();
        for (String kind : List.of("BPMNShape", "BPMNEdge")) {
            NodeList nodes = document.getElementsByTagNameNS(BPMNDI, kind);
            for (int i = 0; i < nodes.getLength(); i++) {
                drawn.add(((Element) nodes.item(i)).getAttribute("bpmnElement"));
            }
        }
        return drawn;
    }

    /** File and id of the element, or of the model element it belongs to (for listeners and the like). */
    String describe(Element element) {
        Node node = element;
        while (node instanceof Element e && e.getAttribute("id").isEmpty()) {
            node = e.getParentNode();
        }
        String id = node instanceof Element e ? e.getAttribute("id") : "?";
        String what = element == node ? "" : " (" + element.getLocalName() + ")";
        return path.getFileName() + " " + id + what;
    }

    private static String childText(Element parent, String namespace, String name) {
        return children(parent, namespace, name).stream().map(Element::getTextContent)
                .reduce("", (a, b) -> a + b);
    }

    private static List<Element> children(Element parent, String namespace, String name) {
        List<Element> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && namespace.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                children.add(e);
            }
        }
        return children;
    }
}
