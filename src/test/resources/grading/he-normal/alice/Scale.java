final class Scale {
    static double std(int fanIn) {
        return Math.sqrt(2.0 / fanIn);
    }
}
