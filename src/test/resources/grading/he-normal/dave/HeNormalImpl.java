import java.util.random.RandomGenerator;
import org.initlab.init.Initializer;

/** Same class names as alice's submission, but a helper with the wrong variance: graded apart, it loses its points. */
public class HeNormalImpl implements Initializer {
    @Override
    public void fill(double[] weights, int fanIn, int fanOut, RandomGenerator random) {
        for (int i = 0; i < fanIn * fanOut; i++) {
            weights[i] = Scale.std(fanIn) * random.nextGaussian();
        }
    }
}
