import java.util.random.RandomGenerator;
import org.initlab.init.Initializer;

/**
 * Assignment A: He-normal initialization, written from its formula (He et al. 2015).
 *
 * Weights of a layer with fanIn inputs and fanOut units are drawn from N(0, std²). The array is row-major:
 * weights[i * fanOut + j] is the weight from input i to unit j, and it has exactly fanIn * fanOut entries.
 *
 * Self-check:
 *   javac -cp target/initlab.jar -d work/classes work/he-normal/HeNormalImpl.java
 *   INITLAB_CLASSPATH=work/classes ./initlab check-init HeNormalImpl --as he-normal
 */
public class HeNormalImpl implements Initializer {
    @Override
    public void fill(double[] weights, int fanIn, int fanOut, RandomGenerator random) {
        // TODO 1: the standard deviation He derives for ReLU layers (careful: a variance is not a std,
        //         and 2 / fanIn is an integer division in Java)
        // TODO 2: write every one of the fanIn * fanOut weights, each a fresh draw from `random`
        //         (use only `random`, never new Random() or Math.random(): the seed must fix the weights)
    }

    @Override
    public String name() {
        return "he-normal-impl";
    }
}
