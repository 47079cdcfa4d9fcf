package io.airisk.engine;

/** Rounding to the cent, and splitting a rounded total over its parts so that they add up exactly. */
public final class Cents {

    private Cents() {}

    public static double round(double value) {
        return Math.round(value * 100.0) / 100.0;
    }

    /**
     * Rounds each part to the cent so that the rounded parts add up to the rounded total (largest
     * remainder method; ties go to the earlier part). A part that is not negative never rounds
     * below zero.
     */
    static double[] apportion(double[] parts, double total) {
        int n = parts.length;
        long[] cents = new long[n];
        double[] remainders = new double[n];
        long sum = 0;
        for (int i = 0; i < n; i++) {
            double scaled = parts[i] * 100.0;
            cents[i] = (long) Math.floor(scaled + 1e-9);
            remainders[i] = scaled - cents[i];
            sum += cents[i];
        }
        long missing = Math.round(total * 100.0) - sum;
        while (missing != 0) {
            int pick = -1;
            for (int i = 0; i < n; i++) {
                boolean eligible = missing > 0 || cents[i] > 0 || parts[i] < 0;
                boolean better =
                        pick < 0 || (missing > 0 ? remainders[i] > remainders[pick] : remainders[i] < remainders[pick]);
                if (eligible && better) {
                    pick = i;
                }
            }
            if (pick < 0) {
                break;
            }
            long step = missing > 0 ? 1 : -1;
            cents[pick] += step;
            remainders[pick] -= step;
            missing -= step;
        }
        double[] rounded = new double[n];
        for (int i = 0; i < n; i++) {
            rounded[i] = cents[i] / 100.0;
        }
        return rounded;
    }
}
