import java.util.random.RandomGenerator;
import org.initlab.init.Initializer;

/** A student's class in the default package, as {@code javac -d mine MyInit.java} makes it: N(0, 1/fanIn). */
public final class TopLevelInit implements Initializer {
    @Override
    public void fill(double[] weights, int fanIn, int fanOut, RandomGenerator random) {
        for (int i = 0; i < fanIn * fanOut; i++) {
            weights[i] = random.nextGaussian() / Math.sqrt(fanIn);
        }
    }
}
