final class Scale {
    static double std(int fanIn) {
        return Math.sqrt(1.0 / fanIn);
    }
}
