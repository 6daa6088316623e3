package org.initlab.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.initlab.activation.Tanh;
import org.initlab.data.ToyData;
import org.initlab.data.TrainTest;
import org.initlab.init.XavierNormal;
import org.initlab.init.Zeros;
import org.initlab.nn.Losses;
import org.initlab.nn.Mlp;
import org.initlab.optim.Adam;
import org.initlab.train.History;
import org.initlab.train.Trainer;
import org.initlab.train.TrainingConfig;
import org.junit.jupiter.api.Test;

/** The loss chart names the runs whose lines lie on the chance line, where they would otherwise hide one another. */
class TrainingCurvesTest {
    private static History train(Mlp net, TrainTest data) {
        return new Trainer(net, Losses.forClasses(2), new Adam(0.01), new TrainingConfig(20, 32, 1)).fit(data);
    }

    @Test
    void runsStuckAtChanceAreNamedOnTheLossChartAndALearningRunIsNot() {
        TrainTest data = ToyData.circles(400, 0.05, 1).split(0.25, 1);
        History zeros = train(new Mlp(2, List.of(16, 16), 1, new Tanh()).initialize(new Zeros(), new Zeros(), 1), data);
        History xavier = train(new Mlp(2, List.of(16, 16), 1, new Tanh())
                .initialize(new XavierNormal(1), new Zeros(), 1), data);
        List<TrainingCurves.Run> runs = List.of(new TrainingCurves.Run("tanh, zeros", zeros, "zeros", "tanh", 2),
                new TrainingCurves.Run("tanh, xavier-normal", xavier, "xavier-normal", "tanh", 2));

        assertThat(TrainingCurves.atChance(runs, Math.log(2))).containsExactly("tanh, zeros");
        assertThat(TrainingCurves.loss("loss", runs).notes())
                .anyMatch(n -> n.startsWith("at chance over the second half, on the ln 2 line")
                        && n.endsWith(": tanh, zeros"));
    }
}
