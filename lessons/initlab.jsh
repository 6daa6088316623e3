// initlab in JShell: explore without a project. From the project folder, after ./initlab has built the jar:
//   jshell --class-path target/initlab.jar --startup DEFAULT --startup lessons/initlab.jsh
// (or: jshell --class-path target/initlab.jar lessons/initlab.jsh). Add your own classes with
//   --class-path target/initlab.jar:work/classes
// Try:
//   var r = Probe.run(new Relu(), Initializers.byName("he-normal"), 30, 256, 1000, 1);
//   printLayers(r)
//   r.layers().get(0).get(Metric.GRAD_ACT_STD)      (every Metric: Metric.values(); a layer's: r.layers().get(0))
//   Gains.numeric(new Tanh())
//   var net = Mlp.uniform(2, 3, 16, 3, new Tanh()).initialize(Initializers.byName("xavier-normal"), new Zeros(), 1);
import java.nio.file.Path;
import org.initlab.activation.*;
import org.initlab.autograd.*;
import org.initlab.check.*;
import org.initlab.data.*;
import org.initlab.diagnostics.*;
import org.initlab.init.*;
import org.initlab.io.*;
import org.initlab.nn.*;
import org.initlab.optim.*;
import org.initlab.theory.*;
import org.initlab.train.*;

/** One line per hidden layer of a probe: activation std, gradient std, and the theory's activation std where it applies. */
void printLayers(Probe.Result r) {
    System.out.println("layer  act_std       grad_act_std  theory_act_std");
    for (int l = 0; l < r.layers().size(); l++) {
        System.out.printf("%5d  %-12.4g  %-12.4g  %.4g%n", l + 1, r.layers().get(l).get(Metric.ACT_STD),
                r.layers().get(l).get(Metric.GRAD_ACT_STD),
                r.theory() == null ? Double.NaN : r.theory().layers().get(l).activationStd());
    }
}
