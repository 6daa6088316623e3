import org.initlab.activation.Activation;

/**
 * Assignment B: the swish activation (Ramachandran et al. 2017), φ(z) = z·σ(z) with σ(z) = 1 / (1 + e^(−z)).
 *
 * Self-check:
 *   javac -cp target/initlab.jar -d work/classes work/swish/Swish.java
 *   INITLAB_CLASSPATH=work/classes ./initlab check-activation Swish --as swish
 */
public class Swish implements Activation {
    @Override
    public String name() {
        return "swish";
    }

    @Override
    public double apply(double z) {
        // TODO 1: z·σ(z). It must stay finite for every z, also z = ±1000 (e^710 overflows a double)
        return 0;
    }

    @Override
    public double derivative(double z, double a) {
        // TODO 2: φ'(z), derived by hand (a = φ(z) is given in case it helps)
        return 0;
    }

    @Override
    public double gain() {
        // TODO 3 (after the probe runs of the handout): the gain you recommend, with your reason in the report
        return 1;
    }
}
