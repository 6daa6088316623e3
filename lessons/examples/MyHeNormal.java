package examples;

import java.util.random.RandomGenerator;
import org.initlab.init.Initializer;

/**
 * A student's He-normal initializer, written from the formula: W ~ N(0, 2/fanIn) (He et al. 2015).
 * Check it with {@code INITLAB_CLASSPATH=target/classes ./initlab check-init examples.MyHeNormal --as he-normal}.
 */
public final class MyHeNormal implements Initializer {
    @Override
    public void fill(double[] weights, int fanIn, int fanOut, RandomGenerator random) {
        double std = Math.sqrt(2.0 / fanIn);
        for (int i = 0; i < fanIn * fanOut; i++) {
            weights[i] = std * random.nextGaussian();
        }
    }

    @Override
    public String name() {
        return "my-he-normal";
    }
}
