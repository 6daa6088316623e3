import java.util.random.RandomGenerator;
import org.initlab.init.Initializer;

/** A student's initializer with a bug: it throws when asked to fill a matrix. */
public final class Throws implements Initializer {
    @Override
    public void fill(double[] weights, int fanIn, int fanOut, RandomGenerator random) {
        throw new IllegalStateException("forgot to write fill");
    }
}
