package org.initlab.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.initlab.activation.Identity;
import org.initlab.data.Dataset;
import org.initlab.nn.Dense;
import org.initlab.nn.Losses;
import org.initlab.nn.Mlp;
import org.junit.jupiter.api.Test;

/**
 * The decision-boundary grid on networks small enough to compute by hand: no hidden layer, so the logits are an
 * affine function of the cell centre (x, y) whose weights the test sets.
 */
class DecisionGridTest {
    @Test
    void theBoxIsTheDataRangePaddedByATenthOnEachSide() {
        // x: 1, -2, 4 (range 6, pad 0.6); y: 5, 3, 1 (range 4, pad 0.4); each extreme from a different point
        Dataset data = new Dataset("three", new double[] {1, 5, -2, 3, 4, 1}, 2, new int[] {0, 1, 0}, 2);
        assertThat(DecisionGrid.box(data)).containsExactly(new double[] {-2.6, 4.6, 0.6, 5.4}, within(1e-12));
    }

    @Test
    void oneLogitGivesClassOneWherePositiveAndTheLargerOfSigmaAndOneMinusSigma() {
        // box [2, 8] × [−1, 2], n = 2: cell centres x ∈ {3.5, 6.5}, y ∈ {−0.25, 1.25}; z = x − y − 4
        Mlp net = new Mlp(2, List.of(), 1, new Identity());
        Dense out = net.outputLayer();
        out.weights().value().data[0] = 1;
        out.weights().value().data[1] = -1;
        out.bias().value().data[0] = -4;
        double[] box = {2, 8, -1, 2};
        Map<String, Object> grid = DecisionGrid.of(net, Losses.binaryCrossEntropy(), box, 2);
        assertThat(grid).containsOnlyKeys("box", "n", "classes", "confidence");
        assertThat(grid.get("box")).isSameAs(box);
        assertThat(grid.get("n")).isEqualTo(2);
        // rows from ymin up, columns from xmin right: z = −0.25, 2.75 (row y = −0.25), −1.75, 1.25 (row y = 1.25)
        assertThat((int[]) grid.get("classes")).containsExactly(0, 1, 0, 1);
        // σ(|z|): σ(0.25), σ(2.75), σ(1.75), σ(1.25)
        assertThat((double[]) grid.get("confidence")).containsExactly(new double[] {0.5621765008857981,
                0.9399133498259924, 0.8519528019683105, 0.7772998611746911}, within(1e-12));
        assertThat(Json.of(grid)).isEqualTo("{\"box\":[2,8,-1,2],\"n\":2,\"classes\":[0,1,0,1],"
                + "\"confidence\":[0.562177,0.939913,0.851953,0.7773]}");
    }

    @Test
    void severalLogitsGiveTheArgmaxAndItsSoftmaxProbability() {
        // box [−3, −1] × [1, 3], n = 2: centres x ∈ {−2.5, −1.5}, y ∈ {1.5, 2.5}; logits (x + 3, y − 1, 1)
        Mlp net = new Mlp(2, List.of(), 3, new Identity());
        Dense out = net.outputLayer();
        out.weights().value().data[0] = 1; // x → logit 0
        out.weights().value().data[4] = 1; // y → logit 1
        out.bias().value().data[0] = 3;
        out.bias().value().data[1] = -1;
        out.bias().value().data[2] = 1;
        Map<String, Object> grid = DecisionGrid.of(net, Losses.softmaxCrossEntropy(), new double[] {-3, -1, 1, 3}, 2);
        // (.5, .5, 1) → 2; (1.5, .5, 1) → 0; (.5, 1.5, 1) → 1; (1.5, 1.5, 1) → 0 (the first of a tie)
        assertThat((int[]) grid.get("classes")).containsExactly(2, 0, 1, 0);
        double e = Math.E;
        double sqrtE = Math.sqrt(e);
        assertThat((double[]) grid.get("confidence")).containsExactly(new double[] {
            e / (2 * sqrtE + e), e * sqrtE / (e * sqrtE + sqrtE + e), e * sqrtE / (e * sqrtE + sqrtE + e),
            e * sqrtE / (2 * e * sqrtE + e)}, within(1e-12));
        // the same numbers as decimals: 1/(1 + 2/√e), 1/(1 + 1/e + 1/√e), 1/(2 + 1/√e)
        assertThat((double[]) grid.get("confidence")).containsExactly(new double[] {0.4519, 0.5065, 0.5065,
            0.3837}, within(1e-4));
    }

    @Test
    void largeLogitsGiveConfidenceOneWithoutOverflow() {
        // logits (1000, 0, 0) everywhere: exp(1000) overflows, exp(1000 − max) does not
        Mlp net = new Mlp(2, List.of(), 3, new Identity());
        net.outputLayer().bias().value().data[0] = 1000;
        Map<String, Object> grid = DecisionGrid.of(net, Losses.softmaxCrossEntropy(), new double[] {-1, 1, -1, 1}, 1);
        assertThat((int[]) grid.get("classes")).containsExactly(0);
        assertThat((double[]) grid.get("confidence")).containsExactly(1.0);
    }
}
