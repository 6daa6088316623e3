package org.initlab.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.initlab.init.ComponentNames;
import org.initlab.io.OutputFolder;
import org.initlab.lab.LabServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code initlab serve}: starts the lab and waits until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the lab: a local web page to turn the knobs of initialization and watch "
        + "every layer respond (works offline).")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8080", paramLabel = "P",
            description = "port (default: ${DEFAULT-VALUE}; 0: any free port)")
    int port;
    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "H",
            description = "address to listen on "
            + "(default: ${DEFAULT-VALUE}, this computer only; 0.0.0.0 for a classroom)")
    String host;
    @Option(names = "--save-dir", defaultValue = "runs", paramLabel = "DIR",
            description = "where 'Keep it' writes run folders (default: ${DEFAULT-VALUE})")
    Path saveDir;
    @Option(names = "--allow-classes",
            description = "let the page name your own activation/initializer classes (class path)")
    boolean allowClasses;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535, got " + port);
        }
        OutputFolder.prepare(saveDir, "choose another --save-dir"); // refused now, not at the first 'Keep it'
        // OpenBLAS keeps its default (1 thread): the lab parallelizes across requests and across layers instead, which
        // stays fast when several pages share a busy machine (multi-threaded BLAS spins and slows everyone there)
        int cores = Runtime.getRuntime().availableProcessors();
        ComponentNames names = allowClasses ? PluginClasses.NAMES : ComponentNames.BUILT_IN;
        LabServer lab = LabServer.start(host, port, saveDir, names, cores);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("initlab lab: stopping");
            lab.stop();
            stopped.countDown();
        }, "initlab-lab-stop"));
        if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
            System.out.println("warning: listening on " + host + ": anyone who can reach this computer on port "
                    + lab.port() + " can use the lab (and its CPU); use the default 127.0.0.1 unless you teach a room");
        }
        String shown = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
        System.out.println("initlab lab: http://" + shown + ":" + lab.port() + "/  (Ctrl-C to stop; 'Keep it' saves to "
                + saveDir.toAbsolutePath().normalize() + ")");
        stopped.await();
        return 0;
    }
}
