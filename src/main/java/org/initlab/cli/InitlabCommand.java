package org.initlab.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.initlab.lesson.Lesson;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code initlab} command: one verb per task (run the lessons, sample an initializer, ...). */
@Command(name = "initlab", mixinStandardHelpOptions = true, version = "initlab 0.1.0",
        description = "See why weight initialization matters: lessons, initializers and instruments.",
        subcommands = {AllCommand.class, LessonsCommand.class, LessonCommand.class, InitsCommand.class, GainsCommand.class,
            SampleCommand.class, ProbeCommand.class, TrainCommand.class, BenchCommand.class, CheckInitCommand.class, CheckActivationCommand.class,
            CheckStatisticCommand.class, GradeCommand.class, EvalCommand.class, PhaseCommand.class, JacobianCommand.class,
            org.initlab.lab.ServeCommand.class, CommandLine.HelpCommand.class})
public final class InitlabCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit status: 0 done, 1 failed, 2 bad usage. */
    public static int execute(String... args) {
        return withHandlers(new CommandLine(new InitlabCommand())).execute(args);
    }

    /**
     * Runs one lesson as its own program with the options of {@code initlab lesson NAME} (without the name) and
     * returns the exit status like {@link #execute}; usage messages name the lesson's class ({@code he.He}).
     */
    public static int executeLesson(Lesson lesson, String... args) {
        CommandLine cli = new CommandLine(new OneLessonCommand(lesson)).setCommandName(lesson.getClass().getName());
        return withHandlers(cli).execute(args);
    }

    private static CommandLine withHandlers(CommandLine cli) {
        cli.setParameterExceptionHandler(InitlabCommand::badUsage);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> failed(e, commandLine.getErr(),
                root(commandLine).getCommandName()));
        return cli;
    }

    private static int badUsage(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println(root(e.getCommandLine()).getCommandName() + ": " + e.getMessage());
        err.println("Try '" + commandPath(e.getCommandLine()) + " --help' for the options.");
        return 2;
    }

    private static CommandLine root(CommandLine cli) {
        return cli.getParent() == null ? cli : root(cli.getParent());
    }

    /** "initlab lesson" for a verb, "he.He" for a lesson's own main. */
    private static String commandPath(CommandLine cli) {
        return cli.getParent() == null ? cli.getCommandName() : commandPath(cli.getParent()) + " " + cli.getCommandName();
    }

    /** Bad input gets one line; an unexpected failure says so, with the stack trace only when INITLAB_DEBUG is set. */
    private static int failed(Exception e, PrintWriter err, String program) {
        if (e instanceof IllegalArgumentException || e instanceof UncheckedIOException
                || e instanceof org.initlab.lesson.LessonSkipped) {
            err.println(program + ": " + e.getMessage());
            return 1;
        }
        err.println(program + ": internal error: " + e);
        if (System.getenv("INITLAB_DEBUG") != null) {
            e.printStackTrace(err);
        } else {
            err.println("(set INITLAB_DEBUG=1 to see the stack trace, and please report it)");
        }
        return 1;
    }
}
