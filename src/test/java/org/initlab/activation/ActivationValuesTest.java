package org.initlab.activation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Activation values and derivatives at given points against references computed independently (Python's
 * {@code decimal} at 50 digits for sigmoid, tanh and softplus; {@code math} for the others), including the edges
 * where a naive formula overflows (|z| > 709) or loses digits (|z| < 0.02).
 */
class ActivationValuesTest {
    /** {z, sigmoid(z), tanh(z)} from 50-digit arithmetic. */
    private static final double[][] SIGMOID_TANH = {
        {-745, 5e-324, -1.0}, {-710, 4.47628622567513e-309, -1.0}, {-40, 4.248354255291589e-18, -1.0},
        {-3, 0.04742587317756678, -0.9950547536867305}, {-0.5, 0.37754066879814546, -0.46211715726000974},
        {-0.01, 0.497500020833125, -0.00999966667999946}, {0, 0.5, 0.0},
        {0.01, 0.5024999791668749, 0.00999966667999946},
        {0.019, 0.5047498571093251, 0.018997713996764965}, {0.021, 0.5052498070710082, 0.020996913544449616},
        {0.5, 0.6224593312018546, 0.46211715726000974}, {3, 0.9525741268224333, 0.9950547536867305},
        {19.9, 0.9999999977220729, 1.0}, {20.1, 0.9999999981349911, 1.0}, {710, 1.0, 1.0}, {800, 1.0, 1.0},
    };

    private static void close(double actual, double expected, String what) {
        assertThat(actual).as(what).isCloseTo(expected, within(Math.max(1e-15, 4e-16 * Math.abs(expected))));
    }

    @Test
    void sigmoidAndTanhMatchFiftyDigitReferencesIncludingOverflowEdges() {
        Sigmoid sigmoid = new Sigmoid();
        Tanh tanh = new Tanh();
        for (double[] row : SIGMOID_TANH) {
            close(sigmoid.apply(row[0]), row[1], "sigmoid(" + row[0] + ")");
            close(tanh.apply(row[0]), row[2], "tanh(" + row[0] + ")");
            close(sigmoid.derivative(row[0], row[1]), row[1] * (1 - row[1]), "sigmoid'(" + row[0] + ")");
            close(tanh.derivative(row[0], row[2]), 1 - row[2] * row[2], "tanh'(" + row[0] + ")");
        }
        assertThat(Sigmoid.logistic(-745)).as("no overflow to 0 below z = -709").isEqualTo(Double.MIN_VALUE);
        assertThat(Sigmoid.logistic(-710) / 4.47628622567513e-309).isCloseTo(1, within(1e-12));
        assertThat(sigmoid.derivative(0, 0.5)).isEqualTo(0.25);
        assertThat(tanh.derivative(0, 0)).isEqualTo(1.0);
    }

    @Test
    void piecewiseActivationsAtGivenPoints() {
        Relu relu = new Relu();
        assertThat(relu.apply(3)).isEqualTo(3);
        assertThat(relu.apply(-3)).isEqualTo(0);
        assertThat(relu.apply(Double.NaN)).isNaN();
        assertThat(relu.derivative(3, 3)).isEqualTo(1);
        assertThat(relu.derivative(0, 0)).isEqualTo(0);
        assertThat(relu.derivative(-3, 0)).isEqualTo(0);
        LeakyRelu leaky = new LeakyRelu(0.2);
        assertThat(leaky.apply(-2)).isEqualTo(-0.4);
        assertThat(leaky.apply(2)).isEqualTo(2);
        assertThat(leaky.derivative(-2, -0.4)).isEqualTo(0.2);
        assertThat(leaky.derivative(2, 2)).isEqualTo(1);
        assertThat(leaky.derivative(0, 0)).isEqualTo(0.2);
        assertThat(leaky.gain()).isCloseTo(Math.sqrt(2 / 1.04), within(1e-15));
        Elu elu = new Elu();
        close(elu.apply(-1), -0.6321205588285577, "elu(-1)");
        assertThat(elu.apply(2)).isEqualTo(2);
        close(elu.derivative(-1, -0.6321205588285577), Math.exp(-1), "elu'(-1) = e^-1");
        assertThat(elu.derivative(2, 2)).isEqualTo(1);
        assertThat(new Elu(0.5).apply(-1)).isCloseTo(0.5 * -0.6321205588285577, within(1e-16));
        Selu selu = new Selu();
        close(selu.apply(-1), -1.1113307378125625, "selu(-1)");
        close(selu.apply(2), 2 * 1.0507009873554805, "selu(2)");
        close(selu.derivative(2, selu.apply(2)), 1.0507009873554805, "selu'(2)");
        close(selu.derivative(-1, -1.1113307378125625), 1.0507009873554805 * 1.6732632423543772 * Math.exp(-1),
                "selu'(-1)");
        Identity identity = new Identity();
        assertThat(identity.apply(-7.5)).isEqualTo(-7.5);
        assertThat(identity.derivative(-7.5, -7.5)).isEqualTo(1);
    }

    @Test
    void smoothActivationsAtGivenPoints() {
        Softplus softplus = new Softplus();
        double[][] sp = {{-30, 9.357622968839737e-14}, {-1, 0.3132616875182228}, {0, 0.6931471805599453},
            {2, 2.1269280110429727}, {40, 40.0}, {800, 800.0}};
        for (double[] row : sp) {
            close(softplus.apply(row[0]), row[1], "softplus(" + row[0] + ")");
        }
        close(softplus.derivative(-3, 0), 0.04742587317756678, "softplus'(-3) = sigmoid(-3)");
        Gelu gelu = new Gelu();
        double[][] g = {{-2, -0.04540230591222494}, {-0.5, -0.15428599017485606}, {1, 0.8411919906082768},
                {3, 2.996362607918227}};
        for (double[] row : g) {
            close(gelu.apply(row[0]), row[1], "gelu(" + row[0] + ")");
            double h = 1e-5;
            double numeric = (gelu.apply(row[0] + h) - gelu.apply(row[0] - h)) / (2 * h);
            assertThat(gelu.derivative(row[0], row[1])).as("gelu'(" + row[0] + ")").isCloseTo(numeric, within(1e-8));
        }
        assertThat(gelu.derivative(0, 0)).isEqualTo(0.5);
    }

    @Test
    void bulkForwardAndBackwardAgreeWithTheScalarFormulasAndAddIntoTheGradient() {
        double[] z = {-800, -3, -0.5, -0.01, 0, 0.01, 0.5, 3, 25, 800};
        for (String name : Activations.NAMES) {
            Activation phi = Activations.byName(name);
            double[] a = new double[z.length + 2];
            phi.forward(z, a, 1, z.length - 1);
            assertThat(a[0]).as(name + " leaves entries before 'from'").isZero();
            assertThat(a[z.length - 1]).as(name + " leaves entries from 'to' on").isZero();
            double[] dA = new double[z.length];
            double[] dZ = new double[z.length];
            for (int i = 0; i < z.length; i++) {
                dA[i] = 0.5 + i;
                dZ[i] = 10;
            }
            phi.backward(z, a, dA, dZ, 1, z.length - 1);
            for (int i = 1; i < z.length - 1; i++) {
                assertThat(a[i]).as(name + "(" + z[i] + ")").isEqualTo(phi.apply(z[i]));
                assertThat(dZ[i]).as(name + " adds dA·φ'(" + z[i] + ") into dZ")
                        .isCloseTo(10 + dA[i] * phi.derivative(z[i], a[i]), within(1e-12));
            }
            assertThat(dZ[0]).isEqualTo(10);
            assertThat(dZ[z.length - 1]).isEqualTo(10);
        }
    }

    @Test
    void gainsAreTheTableValues() {
        List<Activation> all = List.of(new Identity(), new Sigmoid(), new Tanh(), new Relu(), new Elu(), new Selu(),
                new Softplus(), new Gelu());
        double[] gains = {1, 1, 5.0 / 3, Math.sqrt(2), Math.sqrt(2), 0.75, Math.sqrt(2), Math.sqrt(2)};
        for (int i = 0; i < all.size(); i++) {
            assertThat(all.get(i).gain()).as(all.get(i).name()).isEqualTo(gains[i]);
        }
    }

    @Test
    void namesRoundTripAndParametersShowInTheName() {
        for (String name : Activations.NAMES) {
            assertThat(Activations.byName(name).name()).isEqualTo(name);
        }
        assertThat(Activations.byName("leaky-relu:0.2").name()).isEqualTo("leaky-relu:0.2");
        assertThat(((LeakyRelu) Activations.byName("leaky-relu:0.2")).slope()).isEqualTo(0.2);
        assertThat(Activations.byName("elu:0.5").name()).isEqualTo("elu:0.5");
        assertThat(Activations.byName("linear").name()).isEqualTo("identity");
        assertThatThrownBy(() -> new Elu(0)).hasMessage("elu: alpha must be a positive number, got 0.0");
        assertThatThrownBy(() -> Activations.byName("tanh:2"))
                .hasMessage("activation 'tanh' takes no parameter, got ':2'");
        assertThatThrownBy(() -> Activations.byName("elu:x"))
                .hasMessage("activation 'elu': parameter 'x' is not a number");
    }

    @Test
    void atZeroTheDerivativeIsTheLeftOne() {
        // z = 0 is not > 0: the negative branch's formula applies, φ'(0) = a + α with a = 0
        assertThat(new Elu(0.5).derivative(0, 0)).isEqualTo(0.5);
        assertThat(new Selu().derivative(0, 0)).isEqualTo(Selu.LAMBDA * Selu.ALPHA);
        assertThat(new LeakyRelu(0.3).derivative(0, 0)).isEqualTo(0.3);
    }
}
