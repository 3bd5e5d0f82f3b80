package dev.collections.score;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** The behavioural score's settings (docs/score.md): the gate a model passes to go live, and the UCI file. */
@ConfigMapping(prefix = "collections.score")
public interface ScoreConfig {

    /** A model is refused when its held-out AUC is below the live model's by more than this. */
    @WithName("gate.auc-margin")
    @WithDefault("0.01")
    double aucMargin();

    /** A model is refused when its expected calibration error (held out) is above this. */
    @WithName("gate.max-calibration-error")
    @WithDefault("0.03")
    double maxCalibrationError();

    /** The UCI card portfolio a first model is trained from. */
    @WithName("uci-data")
    @WithDefault("datasets/uci-credit-card-default/UCI_Credit_Card.csv")
    String uciData();
}
