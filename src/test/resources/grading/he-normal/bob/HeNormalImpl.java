import java.util.random.RandomGenerator;
import org.initlab.init.Initializer;

public class HeNormalImpl implements Initializer {
    @Override
    public void fill(double[] weights, int fanIn, int fanOut, RandomGenerator random) {
        double std = Math.sqrt(2.0 / fanOut);
        for (int i = 0; i < fanIn * fanOut; i++) {
            weights[i] = std * random.nextGaussian();
        }
    }
}
