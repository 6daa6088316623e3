package org.initlab.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code initlab} command: one verb per task (run the lessons, sample an initializer, ...). */
@Command(name = "initlab", mixinStandardHelpOptions = true, version = "initlab 0.1.0",
        description = "See why weight initialization matters: lessons, initializers and instruments.",
        subcommands = {AllCommand.class, LessonsCommand.class, LessonCommand.class, InitsCommand.class, GainsCommand.class,
            SampleCommand.class, ProbeCommand.class, TrainCommand.class, BenchCommand.class, CheckInitCommand.class, CheckActivationCommand.class,
            PhaseCommand.class, JacobianCommand.class,
            CommandLine.HelpCommand.class})
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
        CommandLine cli = new CommandLine(new InitlabCommand());
        cli.setParameterExceptionHandler(InitlabCommand::badUsage);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> failed(e, commandLine.getErr()));
        return cli.execute(args);
    }

    private static int badUsage(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("initlab: " + e.getMessage());
        err.println("Try 'initlab " + (e.getCommandLine().getCommandName().equals("initlab") ? ""
                : e.getCommandLine().getCommandName() + " ") + "--help' for the options.");
        return 2;
    }

    /** Bad input gets one line; an unexpected failure says so, with the stack trace only when INITLAB_DEBUG is set. */
    private static int failed(Exception e, PrintWriter err) {
        if (e instanceof IllegalArgumentException || e instanceof UncheckedIOException
                || e instanceof org.initlab.lesson.LessonSkipped) {
            err.println("initlab: " + e.getMessage());
            return 1;
        }
        err.println("initlab: internal error: " + e);
        if (System.getenv("INITLAB_DEBUG") != null) {
            e.printStackTrace(err);
        } else {
            err.println("(set INITLAB_DEBUG=1 to see the stack trace, and please report it)");
        }
        return 1;
    }
}
