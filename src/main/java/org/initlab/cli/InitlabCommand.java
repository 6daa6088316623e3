package org.initlab.cli;

import java.io.PrintWriter;
import java.util.List;
import org.initlab.io.MemoryBudget;
import org.initlab.lesson.Lesson;
import org.initlab.names.DidYouMean;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code initlab} command: one verb per task (run the lessons, sample an initializer, ...). The lessons it runs
 * are handed to it ({@code org.initlab.app.Initlab} passes {@code course.Course.lessons()}), so that this package
 * names no lesson and every lesson's own {@code main} can use it ({@link LessonMain}).
 */
@Command(name = "initlab", mixinStandardHelpOptions = true, version = "initlab 0.1.0",
        description = "See why weight initialization matters: lessons, initializers and instruments.",
        subcommands = {AllCommand.class, LessonsCommand.class, LessonCommand.class, InitsCommand.class,
            GainsCommand.class, SampleCommand.class, ProbeCommand.class, TrainCommand.class, BenchCommand.class,
            CheckInitCommand.class, CheckActivationCommand.class,
            CheckStatisticCommand.class, GradeCommand.class, EvalCommand.class, PhaseCommand.class,
            JacobianCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class InitlabCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final List<Lesson> course;

    private InitlabCommand(List<Lesson> course) {
        this.course = List.copyOf(course);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** The lessons in course order, for {@code lesson}, {@code lessons} and {@code all}. */
    List<Lesson> course() {
        return course;
    }

    /** Runs the command line over these lessons and returns its exit status: 0 done, 1 failed, 2 bad usage. */
    public static int execute(List<Lesson> course, String... args) {
        return run(commandLine(course), args);
    }

    /** The command tree, with {@code --help} (and {@code --version}) on every verb, which skips required options. */
    static CommandLine commandLine(List<Lesson> course) {
        CommandLine cli = new CommandLine(new InitlabCommand(course));
        cli.getSubcommands().forEach((name, sub) -> {
            if (!(sub.getCommand() instanceof CommandLine.HelpCommand)
                    && !sub.getCommandSpec().mixinStandardHelpOptions()) {
                sub.getCommandSpec().mixinStandardHelpOptions(true);
                sub.getCommandSpec().version("initlab 0.1.0");
            }
        });
        return cli;
    }

    /**
     * Runs {@code cli} the initlab way: bad usage is one line naming the closest option or verb and status 2, a
     * failure one line ({@link Failures}) and status 1, running out of memory one line.
     */
    static int run(CommandLine cli, String[] args) {
        SharedOption.applyAll(cli);
        cli.setParameterExceptionHandler(InitlabCommand::badUsage);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> Failures.report(e, commandLine.getErr(),
                root(commandLine).getCommandName()));
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            cli.getErr().println(cli.getCommandName() + ": " + MemoryBudget.outOfMemoryMessage());
            cli.getErr().flush();
            return 1;
        }
    }

    private static int badUsage(CommandLine.ParameterException e, String[] args) {
        CommandLine where = e.getCommandLine();
        PrintWriter err = where.getErr();
        boolean top = where.getParent() == null;
        err.println(root(where).getCommandName() + ": " + explain(e, where, top));
        err.println("Try '" + commandPath(where) + " --help' for the options.");
        return 2;
    }

    private static CommandLine root(CommandLine cli) {
        return cli.getParent() == null ? cli : root(cli.getParent());
    }

    /** "initlab lesson" for a verb, "he.He" for a lesson's own main. */
    private static String commandPath(CommandLine cli) {
        return cli.getParent() == null ? cli.getCommandName()
                : commandPath(cli.getParent()) + " " + cli.getCommandName();
    }

    /** Picocli's message, or for an unknown verb or option one naming it with the closest known names. */
    private static String explain(CommandLine.ParameterException e, CommandLine where, boolean top) {
        List<String> unmatched = e instanceof CommandLine.UnmatchedArgumentException u ? u.getUnmatched()
                : where.getUnmatchedArguments();
        if (unmatched == null || unmatched.isEmpty()) {
            return e.getMessage();
        }
        String first = unmatched.get(0);
        if (top && !first.startsWith("-") && !where.getSubcommands().isEmpty()) {
            List<String> verbs = List.copyOf(where.getSubcommands().keySet());
            return "unknown verb '" + first + "'" + DidYouMean.hint(first, verbs) + "; verbs: "
                    + String.join(", ", verbs);
        }
        if (first.startsWith("-")) {
            String option = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
            List<String> options = List.copyOf(where.getCommandSpec().optionsMap().keySet());
            return "unknown option '" + option + "'" + DidYouMean.hint(option, options);
        }
        return e.getMessage();
    }
}
