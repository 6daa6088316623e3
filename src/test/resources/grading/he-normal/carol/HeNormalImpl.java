import java.util.random.RandomGenerator;
import org.initlab.init.Initializer;

public class HeNormalImpl implements Initializer {
    double std = 0
    @Override
    public void fill(double[] weights, int fanIn, int fanOut, RandomGenerator random) {
    }
}
