package org.initlab.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Collections;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.initlab.activation.Activation;
import org.initlab.activation.Identity;
import org.initlab.activation.Relu;
import org.initlab.activation.Tanh;
import org.initlab.autograd.Tensor;
import org.initlab.data.ToyData;
import org.initlab.init.Constant;
import org.initlab.init.FanMode;
import org.initlab.init.HeNormal;
import org.initlab.init.LecunNormal;
import org.initlab.init.Normal;
import org.initlab.init.XavierNormal;
import org.initlab.init.Zeros;
import org.initlab.nn.Dense;
import org.initlab.nn.Mlp;
import org.initlab.random.RandomStreams;
import org.junit.jupiter.api.Test;

class SignalPropagationTest {
    /** ReLU hidden from the closed forms, so that the numerical integration is exercised. */
    private static final Activation RELU_NUMERIC = new Activation() {
        @Override
        public String name() {
            return "relu-numeric";
        }

        @Override
        public double apply(double z) {
            return Math.max(z, 0);
        }

        @Override
        public double derivative(double z, double a) {
            return z > 0 ? 1 : 0;
        }

        @Override
        public double gain() {
            return Math.sqrt(2);
        }
    };

    @Test
    void numericalIntegrationAgreesWithTheClosedForms() {
        for (double q : new double[] {0.01, 1, 7.5}) {
            assertThat(GaussianMoments.secondMoment(RELU_NUMERIC, q)).isCloseTo(q / 2, within(1e-9 * Math.max(1, q)));
            assertThat(GaussianMoments.mean(RELU_NUMERIC, q)).isCloseTo(Math.sqrt(q / (2 * Math.PI)), within(1e-9));
            assertThat(GaussianMoments.derivativeSecondMoment(RELU_NUMERIC, q)).isCloseTo(0.5, within(1e-3));
        }
    }

    @Test
    void closedFormsLinearAndRelu() {
        List<Integer> widths = Collections.nCopies(30, 200);
        SignalPropagation linear = SignalPropagation.predict(200, widths, new Identity(), new LecunNormal(), 0, 1);
        SignalPropagation he = SignalPropagation.predict(200, widths, new Relu(), new HeNormal(FanMode.FAN_IN, 0),
                0, 1);
        SignalPropagation xavierRelu = SignalPropagation.predict(200, widths, new Relu(), new XavierNormal(1), 0, 1);
        for (int l = 0; l < 30; l++) {
            assertThat(linear.layers().get(l).preActivationStd()).isCloseTo(1, within(1e-12));
            assertThat(he.layers().get(l).preActivationStd()).isCloseTo(Math.sqrt(2), within(1e-12));
            assertThat(he.layers().get(l).gradientFactor()).isCloseTo(1, within(1e-12));
            // Xavier with ReLU halves the variance at every layer after the first: std shrinks by √2 per layer
            assertThat(xavierRelu.layers().get(l).preActivationStd()).isCloseTo(Math.pow(0.5, l / 2.0), within(1e-12));
        }
        assertThat(he.forwardTrend(10)).isEqualTo(SignalPropagation.Trend.PRESERVED);
        assertThat(xavierRelu.forwardTrend(10)).isEqualTo(SignalPropagation.Trend.VANISHES);
        assertThat(xavierRelu.backwardTrend(10)).isEqualTo(SignalPropagation.Trend.VANISHES);
        // (1/√2)^(l−1) < 1/10 first at l = 8
        assertThat(xavierRelu.forwardDepthBeyond(10)).isEqualTo(8);
        SignalPropagation large = SignalPropagation.predict(200, widths, new Relu(), new Normal(0, 1), 0, 1);
        assertThat(large.forwardTrend(10)).isEqualTo(SignalPropagation.Trend.EXPLODES);
    }

    @Test
    void refusesSchemesWithoutZeroMeanWeights() {
        assertThatThrownBy(() -> SignalPropagation.predict(4, List.of(4), new Tanh(), new Constant(0.5), 0, 1))
                .hasMessageContaining("does not apply");
    }

    @Test
    void predictionsMatchAWideRandomTanhNetwork() {
        int width = 500;
        int depth = 10;
        Mlp net = Mlp.uniform(width, depth, width, 1, new Tanh()).initialize(new XavierNormal(5.0 / 3), new Zeros(), 1);
        Tensor x = ToyData.gaussian(1000, width, 2).all().x();
        net.forward(x);
        // a unit-variance signal from the top hidden layer
        Dense top = net.hiddenLayers().get(depth - 1);
        DMatrixRMaj seed = new DMatrixRMaj(1000, width);
        var random = RandomStreams.of(3, "signal");
        for (int i = 0; i < seed.data.length; i++) {
            seed.data[i] = random.nextGaussian();
        }
        top.lastActivation().backward(seed);
        SignalPropagation theory = SignalPropagation.predict(width, Collections.nCopies(depth, width), new Tanh(),
                new XavierNormal(5.0 / 3), 0, 1);
        for (int l = 0; l < depth; l++) {
            Dense layer = net.hiddenLayers().get(l);
            LayerPrediction p = theory.layers().get(l);
            assertThat(std(layer.lastPreActivation().value().data)).isCloseTo(p.preActivationStd(),
                    within(0.03 * p.preActivationStd()));
            assertThat(std(layer.lastActivation().value().data)).isCloseTo(p.activationStd(),
                    within(0.03 * p.activationStd()));
            assertThat(std(layer.lastActivation().grad().data)).isCloseTo(p.gradientStd(),
                    within(0.08 * p.gradientStd()));
        }
    }

    static double std(double[] v) {
        double mean = 0;
        for (double x : v) {
            mean += x;
        }
        mean /= v.length;
        double s = 0;
        for (double x : v) {
            s += (x - mean) * (x - mean);
        }
        return Math.sqrt(s / v.length);
    }
}
