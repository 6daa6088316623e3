package org.initlab.theory;

/**
 * Simpson's rule for E[f(z)], z ~ N(0, 1), on [−limit, limit] with an even number of intervals: the nodes z_i and
 * weights w_i = (h/3)·{1, 4, 2, …, 4, 1}_i·φ(z_i) with φ the standard normal density, so E[f] ≈ Σ w_i·f(z_i).
 */
final class GaussianSimpsonRule {
    final double[] nodes;
    final double[] weights;

    GaussianSimpsonRule(int intervals, double limit) {
        nodes = new double[intervals + 1];
        weights = new double[intervals + 1];
        double h = 2 * limit / intervals;
        for (int i = 0; i <= intervals; i++) {
            double z = -limit + i * h;
            double simpson = (i == 0 || i == intervals) ? 1 : (i % 2 == 1 ? 4 : 2);
            nodes[i] = z;
            weights[i] = simpson * h / 3 * Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
        }
    }
}
