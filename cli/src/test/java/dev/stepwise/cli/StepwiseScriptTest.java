package dev.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The root {@code stepwise} script as a user meets it: in a checkout whose path holds a space, run from another
 * folder, and through a link on the user's PATH. The checkout is laid out here as a build leaves it (the CLI's class
 * folder, its jar and {@code classpath.txt}), from this test's own class path, so the test needs no earlier build.
 */
class StepwiseScriptTest {

    private static final String PASS = "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}";

    @TempDir
    static Path work;
    private static Path checkout;

    @BeforeAll
    static void layOutACheckout() throws IOException {
        checkout = Files.createDirectories(work.resolve("my checkout"));
        Path script = checkout.resolve("stepwise");
        Files.copy(Path.of("").toAbsolutePath().resolveSibling("stepwise"), script);
        assertThat(script.toFile().setExecutable(true)).isTrue();
        Path target = Files.createDirectories(checkout.resolve("cli/target"));
        Path cliClasses = codeSource(StepwiseCli.class);
        copyFolder(cliClasses, target.resolve("classes"));
        jar(cliClasses, target.resolve("stepwise-cli-0.1.0-SNAPSHOT.jar")); // no older than the class files
        // the CLI's dependencies as jars (the archive takes classes from jars only), in a folder with a space too
        Path libraries = Files.createDirectories(checkout.resolve("local repo"));
        var dependencies = new ArrayList<String>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (path.equals(cliClasses) || Files.isDirectory(path) && !path.endsWith("classes")) {
                continue; // the CLI itself, and test class folders
            }
            Path library = libraries.resolve(dependencies.size() + (Files.isDirectory(path) ? ".jar" : "-"
                    + path.getFileName()));
            if (Files.isDirectory(path)) {
                jar(path, library);
            } else {
                Files.copy(path, library, StandardCopyOption.COPY_ATTRIBUTES);
            }
            dependencies.add(library.toString());
        }
        Files.writeString(target.resolve("classpath.txt"), String.join(File.pathSeparator, dependencies));
        Files.writeString(work.resolve("pass.asl.json"), PASS);
    }

    @Test
    void aCheckoutWhosePathHoldsASpaceRunsAndKeepsItsClassArchive() throws Exception {
        Path archiveClassPath = checkout.resolve("cli/target/stepwise.jsa.classpath");
        Files.deleteIfExists(archiveClassPath);

        String printed = run(checkout.resolve("stepwise"), "run", "pass.asl.json", "--input", "{\"a\": 1}");

        assertThat(printed).contains("\"status\" : \"SUCCEEDED\"");
        // the first run writes the archive for the jars; a path split at its space would run without one
        assertThat(archiveClassPath).exists();
        assertThat(Files.readString(archiveClassPath))
                .contains(" " + checkout.resolve("cli/target/stepwise-cli-0.1.0-SNAPSHOT.jar") + File.pathSeparator);
        assertThat(run(checkout.resolve("stepwise"), "run", "pass.asl.json")).contains("\"status\" : \"SUCCEEDED\"");
    }

    /**
     * Drawing loads ELK and EMF from signed jars, and JDK 17 crashed writing the class archive at the exit of such a
     * run (exit code 134, "Aborted", an hs_err file in the user's folder; in a checkout built by Maven, not always in
     * this test's layout): a command that draws exits with its own code and leaves writing the archive to others.
     */
    @Test
    void commandsThatDrawExitCleanlyAndLeaveTheClassArchiveToOtherCommands() throws Exception {
        Path archive = checkout.resolve("cli/target/stepwise.jsa");
        Files.deleteIfExists(archive);
        Files.deleteIfExists(checkout.resolve("cli/target/stepwise.jsa.classpath"));

        assertThat(run(checkout.resolve("stepwise"), "graph", "pass.asl.json", "--format", "svg")).startsWith("<svg");
        assertThat(run(checkout.resolve("stepwise"), "run", "pass.asl.json", "--report", "pass.html"))
                .contains("\"status\" : \"SUCCEEDED\"");
        assertThat(work.resolve("pass.html")).exists();
        assertThat(run(checkout.resolve("stepwise"), "run", "pass.asl.json", "--report=joined.html"))
                .contains("\"status\" : \"SUCCEEDED\"");
        assertThat(work.resolve("joined.html")).exists();
        assertThat(archive).doesNotExist();
        try (Stream<Path> files = Files.list(work)) {
            assertThat(files.map(file -> file.getFileName().toString())).noneMatch(name -> name.startsWith("hs_err"));
        }
        // a command that does not draw writes it, and drawing then maps it
        assertThat(run(checkout.resolve("stepwise"), "validate", "pass.asl.json")).contains("valid");
        assertThat(archive).exists();
        assertThat(run(checkout.resolve("stepwise"), "graph", "pass.asl.json", "--format", "svg")).startsWith("<svg");
    }

    @Test
    void aLinkToTheScriptOnThePathRunsTheCheckoutItPointsTo() throws Exception {
        Path link = Files.createSymbolicLink(Files.createDirectories(work.resolve("bin")).resolve("stepwise"),
                checkout.resolve("stepwise"));

        assertThat(run(link, "validate", "pass.asl.json")).contains("pass.asl.json: valid");
    }

    /** {@code sh stepwise ...}, as a user types it for a script: dash then reads it, which stopped at its first line. */
    @Test
    void theScriptStartedWithShRunsAsWhenItIsExecuted() throws Exception {
        Assumptions.assumeTrue(new File("/bin/sh").canExecute(), "no /bin/sh");

        String printed = run(Path.of("/bin/sh"), checkout.resolve("stepwise").toString(), "validate", "pass.asl.json");

        assertThat(printed).isEqualTo("pass.asl.json: valid\n");
    }

    /** In a container without a locale, arguments and file names beyond ASCII reach the command as typed. */
    @Test
    void argumentsBeyondAsciiArriveWholeWithoutALocale() throws Exception {
        Assumptions.assumeTrue(StandardCharsets.UTF_8.name().equals(System.getProperty("sun.jnu.encoding")),
                "this JVM cannot pass UTF-8 arguments itself");
        Files.writeString(work.resolve("pässe.asl.json"), PASS);
        ProcessBuilder builder = new ProcessBuilder(checkout.resolve("stepwise").toString(), "run", "pässe.asl.json",
                "--input", "{\"name\": \"José 日本\"}").directory(work.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeAll(List.of("LANG", "LC_ALL", "LC_CTYPE"));
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.exitValue()).as(printed).isZero();
        assertThat(printed).contains("\"name\" : \"José 日本\"");
    }

    /**
     * JAVA_HOME picks the JDK, as it does for Maven (the script ran the PATH's java whatever it said); the class
     * archive is written again for another JDK, which would ignore one another JDK wrote.
     */
    @Test
    void javaHomeChoosesTheJdkAndAnotherJdkWritesItsOwnClassArchive() throws Exception {
        Path archive = checkout.resolve("cli/target/stepwise.jsa");
        Path archiveKey = checkout.resolve("cli/target/stepwise.jsa.classpath"); // written with each archive
        Path first = fakeJdk("jdk one");
        Path second = fakeJdk("jdk two");

        assertThat(runWith(Map.of("JAVA_HOME", first.toString()), "validate", "pass.asl.json")).contains("valid");
        assertThat(first.resolve("started")).exists();
        assertThat(archive).exists();
        FileTime backdated = FileTime.fromMillis(Files.getLastModifiedTime(archiveKey).toMillis() - 60_000);
        Files.setLastModifiedTime(archiveKey, backdated);
        assertThat(runWith(Map.of("JAVA_HOME", first.toString()), "validate", "pass.asl.json")).contains("valid");
        assertThat(Files.getLastModifiedTime(archiveKey)).as("the same JDK maps the archive").isEqualTo(backdated);

        assertThat(runWith(Map.of("JAVA_HOME", second.toString()), "validate", "pass.asl.json")).contains("valid");
        assertThat(second.resolve("started")).exists();
        assertThat(Files.getLastModifiedTime(archiveKey)).as("another JDK writes its own").isGreaterThan(backdated);
    }

    @Test
    void aJavaHomeWithoutJavaIsOneLine() throws Exception {
        Path empty = Files.createDirectories(work.resolve("not a jdk"));
        ProcessBuilder builder = new ProcessBuilder(checkout.resolve("stepwise").toString(), "validate",
                "pass.asl.json").directory(work.toFile());
        builder.environment().put("JAVA_HOME", empty.toString());
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("stepwise: "
                + "JAVA_HOME is " + empty + ", which has no bin/java; set it to a JDK's folder, or unset it\n");
        assertThat(process.exitValue()).isEqualTo(2);
    }

    @Test
    void aJdkOlderThan17IsOneLine() throws Exception {
        Path old = fakeJdk("jdk eleven");
        Files.writeString(old.resolve("release"), "IMPLEMENTOR=\"Someone\"\nJAVA_VERSION=\"11.0.2\"\n");
        ProcessBuilder builder = new ProcessBuilder(checkout.resolve("stepwise").toString(), "validate",
                "pass.asl.json").directory(work.toFile());
        builder.environment().put("JAVA_HOME", old.toString());
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("stepwise: "
                + old + " is Java 11.0.2; Stepwise needs Java 17 or later (set JAVA_HOME to one)\n");
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(old.resolve("started")).doesNotExist();
    }

    /** An update in place keeps the JDK's path; its release file names the new version, which writes a new archive. */
    @Test
    void aJdkUpdatedInPlaceWritesItsOwnClassArchive() throws Exception {
        Path archiveKey = checkout.resolve("cli/target/stepwise.jsa.classpath");
        Path jdk = fakeJdk("jdk updated");
        Files.writeString(jdk.resolve("release"), "JAVA_RUNTIME_VERSION=\"17.0.9+9\"\n");
        assertThat(runWith(Map.of("JAVA_HOME", jdk.toString()), "validate", "pass.asl.json")).contains("valid");
        FileTime backdated = FileTime.fromMillis(Files.getLastModifiedTime(archiveKey).toMillis() - 60_000);
        Files.setLastModifiedTime(archiveKey, backdated);
        assertThat(runWith(Map.of("JAVA_HOME", jdk.toString()), "validate", "pass.asl.json")).contains("valid");
        assertThat(Files.getLastModifiedTime(archiveKey)).as("the same JDK maps the archive").isEqualTo(backdated);

        Files.writeString(jdk.resolve("release"), "JAVA_RUNTIME_VERSION=\"17.0.10+7\"\n");
        assertThat(runWith(Map.of("JAVA_HOME", jdk.toString()), "validate", "pass.asl.json")).contains("valid");
        assertThat(Files.getLastModifiedTime(archiveKey)).as("the updated JDK writes its own").isGreaterThan(backdated);
    }

    /** A JDK folder whose bin/java notes that it was started, then runs this test's own java. */
    private static Path fakeJdk(String name) throws IOException {
        Path home = Files.createDirectories(work.resolve(name));
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\ntouch \"" + home.resolve("started") + "\"\nexec \""
                + Path.of(System.getProperty("java.home"), "bin", "java") + "\" \"$@\"\n");
        assertThat(java.toFile().setExecutable(true)).isTrue();
        return home;
    }

    private static String runWith(Map<String, String> environment, String... arguments) throws Exception {
        var command = new ArrayList<>(List.of(checkout.resolve("stepwise").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(printed).isZero();
        return printed;
    }

    /** The launcher's own stdout: what it could not write is an error, not a success with the result lost. */
    @Test
    void aResultWrittenToAFullDiskIsAnErrorNotASuccess() throws Exception {
        File full = new File("/dev/full");
        Assumptions.assumeTrue(full.exists(), "no /dev/full on this system");
        Process process = new ProcessBuilder(checkout.resolve("stepwise").toString(), "validate", "pass.asl.json")
                .directory(work.toFile()).redirectOutput(full).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo("stepwise: cannot write the output: No space left on device\n");
        assertThat(process.exitValue()).isEqualTo(2);
    }

    /** Only the result reaches stdout: what a library prints on System.out goes to stderr. */
    @Test
    void whatALibraryPrintsStaysOutOfTheResult() throws Exception {
        Files.writeString(work.resolve("call.asl.json"), "{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"P\","
                + " \"States\": {\"P\": {\"Type\": \"Pass\", \"Output\": \"{% $states.input.a(1) %}\", \"End\": true}}}");
        Process process = new ProcessBuilder(checkout.resolve("stepwise").toString(), "run", "call.asl.json",
                "--input", "{\"a\": 2}").directory(work.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        JsonNode result = Json.parse(stdout); // one JSON document, nothing before it
        assertThat(result.path("status").asText()).isEqualTo("FAILED");
        assertThat(result.path("error").asText()).isEqualTo("States.QueryEvaluationError");
        assertThat(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("Proc not found");
    }

    /** Runs the script from {@code work}, another folder than the checkout; fails unless it exits with 0. */
    private static String run(Path script, String... arguments) throws Exception {
        var command = new ArrayList<>(List.of(script.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(printed).isZero();
        return printed;
    }

    private static Path codeSource(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                Path copy = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
    }

    /** A jar of a class folder (or a copy of a jar), as {@code mvn package} makes one. */
    private static void jar(Path classes, Path jar) throws IOException {
        if (!Files.isDirectory(classes)) {
            Files.copy(classes, jar);
            return;
        }
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
                Files.copy(file, (OutputStream) out);
                out.closeEntry();
            }
        }
    }
}
