package dev.collections.score;

/**
 * Each feature's training mean and spread, to put features on one scale for the linear baseline (a logistic
 * regression learns badly from amounts in the tens of thousands beside counts); a missing value becomes the mean.
 */
record Standardiser(double[] mean, double[] spread) {

    static Standardiser of(float[][] rows) {
        int m = FeatureBuilder.COUNT;
        double[] sum = new double[m];
        double[] squares = new double[m];
        int[] count = new int[m];
        for (float[] row : rows) {
            for (int j = 0; j < m; j++) {
                if (!Float.isNaN(row[j])) {
                    sum[j] += row[j];
                    squares[j] += (double) row[j] * row[j];
                    count[j]++;
                }
            }
        }
        double[] mean = new double[m];
        double[] spread = new double[m];
        for (int j = 0; j < m; j++) {
            mean[j] = count[j] == 0 ? 0 : sum[j] / count[j];
            double variance = count[j] == 0 ? 0 : squares[j] / count[j] - mean[j] * mean[j];
            spread[j] = variance > 1e-12 ? Math.sqrt(variance) : 1;
        }
        return new Standardiser(mean, spread);
    }

    float[][] apply(float[][] rows) {
        float[][] out = new float[rows.length][FeatureBuilder.COUNT];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < FeatureBuilder.COUNT; j++) {
                float v = rows[i][j];
                out[i][j] = Float.isNaN(v) ? 0 : (float) ((v - mean[j]) / spread[j]);
            }
        }
        return out;
    }
}
