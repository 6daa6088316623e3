package edgeofchaos;

import java.util.random.RandomGenerator;
import org.initlab.activation.Activation;
import org.initlab.random.RandomStreams;

/**
 * Measures what the correlation map predicts: two inputs x₁, x₂ with squared length q₀ per unit and correlation c₀
 * are taken as layer 0's pre-activations and go through {@code depth} random layers z = W·φ(z_prev) + b of
 * {@code width} units, W ~ N(0, σ_w²/width), b ~ N(0, σ_b²) — exactly the recursion of the theory; after each layer the
 * correlation cₗ = ⟨z₁, z₂⟩ / (|z₁|·|z₂|) is recorded, averaged over {@code networks} independent networks.
 */
final class CorrelationProbe {
    private CorrelationProbe() {
    }

    /** Element l of the result is layer l's mean correlation (element 0: c₀ itself). */
    static double[] measure(Activation phi, double weightVariance, double biasVariance, int depth, int width,
                            double q0, double c0, int networks, long seed) {
        double[] mean = new double[depth + 1];
        for (int n = 0; n < networks; n++) {
            RandomGenerator inputs = RandomStreams.of(seed, "inputs", n);
            double[] x1 = new double[width];
            double[] x2 = new double[width];
            double s = Math.sqrt(1 - c0 * c0);
            for (int i = 0; i < width; i++) {
                double a = inputs.nextGaussian();
                double b = inputs.nextGaussian();
                x1[i] = Math.sqrt(q0) * a;
                x2[i] = Math.sqrt(q0) * (c0 * a + s * b);
            }
            mean[0] += correlation(x1, x2) / networks;
            double[] h1 = apply(phi, x1);
            double[] h2 = apply(phi, x2);
            for (int l = 1; l <= depth; l++) {
                RandomGenerator w = RandomStreams.of(seed, "weights " + n, l);
                double std = Math.sqrt(weightVariance / width);
                double biasStd = Math.sqrt(biasVariance);
                double[] z1 = new double[width];
                double[] z2 = new double[width];
                for (int j = 0; j < width; j++) {
                    double bias = biasStd * w.nextGaussian();
                    double sum1 = bias;
                    double sum2 = bias;
                    for (int i = 0; i < width; i++) {
                        double weight = std * w.nextGaussian();
                        sum1 += weight * h1[i];
                        sum2 += weight * h2[i];
                    }
                    z1[j] = sum1;
                    z2[j] = sum2;
                }
                mean[l] += correlation(z1, z2) / networks;
                h1 = apply(phi, z1);
                h2 = apply(phi, z2);
            }
        }
        return mean;
    }

    private static double[] apply(Activation phi, double[] z) {
        double[] a = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            a[i] = phi.apply(z[i]);
        }
        return a;
    }

    /** ⟨a, b⟩ / (|a|·|b|); 1 when both are zero vectors. */
    static double correlation(double[] a, double[] b) {
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += a[i] * b[i];
            aa += a[i] * a[i];
            bb += b[i] * b[i];
        }
        return aa == 0 || bb == 0 ? 1 : ab / Math.sqrt(aa * bb);
    }
}
