package dev.stepwise.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * README's Build setup, which users copy into their own pom and build file, names what this build is: the
 * Stepwise version, the Jackson and plugin versions the project builds and tests with, and the settings a user's
 * build needs to compile and test without warnings.
 */
class ReadmeBuildSetupTest {

    private static Document userPom;
    private static Document projectPom;
    private static String gradle;

    @BeforeAll
    static void readTheSnippets() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        String setup = readme.substring(readme.indexOf("## Build setup"));
        userPom = parse("<project>" + block(setup, "xml") + "</project>");
        projectPom = parse(Files.readString(Path.of("../pom.xml")));
        gradle = block(setup, "kotlin");
    }

    @Test
    void theMavenSnippetNamesThisBuildsVersions() throws Exception {
        assertThat(text(userPom, "/project/properties/stepwise.version")).isEqualTo(text(projectPom, "/project/version"));
        assertThat(text(userPom, "//dependency[artifactId='jackson-databind']/version"))
                .isEqualTo(text(projectPom, "/project/properties/jackson.version"));
        for (String plugin : List.of("maven-compiler-plugin", "maven-surefire-plugin")) {
            assertThat(text(userPom, "//plugin[artifactId='" + plugin + "']/version")).as(plugin)
                    .isEqualTo(text(projectPom, "//pluginManagement//plugin[artifactId='" + plugin + "']/version"));
        }
    }

    @Test
    void theMavenSnippetPutsTheProcessorOnTheProcessorPathAndTheKitOnTheTestPath() throws Exception {
        assertThat(texts(userPom, "//annotationProcessorPaths/path/artifactId")).containsExactly("stepwise-processor");
        assertThat(texts(userPom, "/project/dependencies/dependency[not(scope)]/artifactId"))
                .containsExactly("stepwise-annotations", "jackson-databind");
        assertThat(texts(userPom, "/project/dependencies/dependency[scope='test']/artifactId"))
                .containsExactly("stepwise-runtime", "stepwise-test");
        assertThat(text(userPom, "//plugin[artifactId='maven-compiler-plugin']/configuration/parameters"))
                .isEqualTo("true");
    }

    /** Without a source encoding Maven warns, on every build, that the build is platform dependent. */
    @Test
    void theMavenSnippetSetsTheSourceEncoding() throws Exception {
        assertThat(text(userPom, "/project/properties/project.build.sourceEncoding")).isEqualTo("UTF-8");
    }

    @Test
    void theGradleSnippetNamesTheSameVersions() throws Exception {
        String version = text(projectPom, "/project/version");
        assertThat(gradle).contains("annotationProcessor(\"dev.stepwise:stepwise-processor:" + version + "\")",
                "implementation(\"dev.stepwise:stepwise-annotations:" + version + "\")",
                "testImplementation(\"dev.stepwise:stepwise-runtime:" + version + "\")",
                "testImplementation(\"dev.stepwise:stepwise-test:" + version + "\")",
                "jackson-databind:" + text(projectPom, "/project/properties/jackson.version") + "\"", "-parameters");
    }

    /** Gradle runs JUnit 5 tests only on the JUnit Platform, with an engine and a launcher the build declares. */
    @Test
    void theGradleSnippetRunsTheTestsOnTheJUnitPlatform() throws Exception {
        assertThat(gradle).contains("useJUnitPlatform()", "mavenLocal()",
                "platform(\"org.junit:junit-bom:" + text(projectPom, "/project/properties/junit.version") + "\")",
                "testRuntimeOnly(\"org.junit.jupiter:junit-jupiter-engine\")",
                "testRuntimeOnly(\"org.junit.platform:junit-platform-launcher\")");
    }

    private static String block(String markdown, String language) {
        Matcher block = Pattern.compile("```" + language + "\n(.*?)```", Pattern.DOTALL).matcher(markdown);
        assertThat(block.find()).as("a %s block under README's Build setup", language).isTrue();
        return block.group(1);
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static String text(Document document, String path) throws Exception {
        List<String> found = texts(document, path);
        assertThat(found).as(path).hasSize(1);
        return found.get(0);
    }

    private static List<String> texts(Document document, String path) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(path, document, XPathConstants.NODESET);
        var texts = new ArrayList<String>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().trim());
        }
        return texts;
    }
}
