package dev.stepwise.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.Locale;

/**
 * The command's stdout, which remembers why a write failed: a {@link PrintStream} swallows the failure, so a result
 * written to a full disk ({@code > /dev/full}) was lost and the command still exited with 0.
 */
final class StandardOutput extends FilterOutputStream {

    /** What a shell reports for a command stopped by SIGPIPE (128 + 13), as {@code yes | head -1} is. */
    static final int BROKEN_PIPE = 141;

    private IOException failure;

    StandardOutput(OutputStream target) {
        super(target);
    }

    /** The process's stdout, in the encoding {@code System.out} has. */
    static StandardOutput open() {
        return new StandardOutput(new FileOutputStream(FileDescriptor.out));
    }

    /** A print stream over this output, flushed at each line as {@code System.out} is. */
    PrintStream printStream() {
        // stdout.encoding from JDK 19 on; JDK 17 names a console's as sun.stdout.encoding, else uses the default
        String encoding = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding"));
        return new PrintStream(this, true, encoding == null ? Charset.defaultCharset() : Charset.forName(encoding));
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw remembered(e);
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        try {
            out.write(bytes, offset, length);
        } catch (IOException e) {
            throw remembered(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw remembered(e);
        }
    }

    private IOException remembered(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }

    /**
     * The exit code of a command that returned {@code code}: its own when everything it printed was written. A reader
     * that stopped reading ({@code stepwise run ... | head -1}) ends it quietly, as SIGPIPE ends other commands; any
     * other failure is one line on {@code err} and exit code 2, as a file that cannot be written is.
     */
    int exitCode(int code, PrintStream err) {
        if (failure == null) {
            return code;
        }
        String reason = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        // strerror's text, translated in the user's language but for the name in brackets ("... (broken pipe)")
        if (reason.toLowerCase(Locale.ROOT).contains("broken pipe")) {
            return BROKEN_PIPE;
        }
        err.println("stepwise: cannot write the output: " + reason);
        return 2;
    }
}
