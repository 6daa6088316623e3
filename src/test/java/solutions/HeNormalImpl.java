package solutions;

import java.util.random.RandomGenerator;
import org.initlab.init.Initializer;

/**
 * The reference answer to assignment A (lessons/assignments/he-normal): He-normal from the formula W ~ N(0, 2/fanIn)
 * (He et al. 2015). Kept in the test tree, not in the jar or lessons/, so the course does not ship its answers; the
 * tests use it to show that a right answer gets every point.
 */
public final class HeNormalImpl implements Initializer {
    @Override
    public void fill(double[] weights, int fanIn, int fanOut, RandomGenerator random) {
        double std = Math.sqrt(2.0 / fanIn);
        for (int i = 0; i < fanIn * fanOut; i++) {
            weights[i] = std * random.nextGaussian();
        }
    }

    @Override
    public String name() {
        return "he-normal-impl";
    }
}
