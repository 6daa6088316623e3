import java.util.random.RandomGenerator;
import org.initlab.init.Initializer;

public class HeNormalImpl implements Initializer {
    @Override
    public void fill(double[] weights, int fanIn, int fanOut, RandomGenerator random) {
        for (int i = 0; i < fanIn * fanOut; i++) {
            weights[i] = Scale.std(fanIn) * random.nextGaussian();
        }
    }
}
