/**
 * The built-in reward model's pure core (no Spark): a linear Bradley–Terry model {@code r(x, y) = w · f(x, y)} over
 * hashed features, trained on pair differences {@code f(x, chosen) − f(x, rejected)}.
 *
 * <p>Contract:
 * <ul>
 *   <li>{@link io.rewardlake.core.model.Featurizer} maps a prompt and a response to
 *       {@link io.rewardlake.core.model.SparseFeatures} of dimension {@code 2^hashBits}. Output depends only on the
 *       input text and the {@link io.rewardlake.core.model.FeaturizerSpec}; any change that would alter features for
 *       the same settings must change {@link io.rewardlake.core.model.FeaturizerSpec#VERSION}, because a trained
 *       model is only valid with the exact features it was trained on.</li>
 *   <li>Layout: slots {@code [0, Interactions.COUNT)} hold dense prompt–response interactions
 *       ({@link io.rewardlake.core.model.Interactions#NAMES}); the rest hold signed, MurmurHash3-placed response
 *       n-grams, prompt echoes and keyword crosses.</li>
 *   <li>Ensemble weights are packed feature-major, {@code packed[index * members + member]}, so one pass over a
 *       vector scores every member.</li>
 *   <li>{@link io.rewardlake.core.model.RewardModel} scores batches of (prompt, response); an
 *       {@link io.rewardlake.core.model.Ensemble} is M of them plus the manifest of how their training subsets were
 *       drawn. {@link io.rewardlake.core.model.ModelStore} reads and writes self-describing model directories
 *       through {@link io.rewardlake.core.model.ModelFiles}, so the same code serves local and Hadoop file systems;
 *       an ensemble's {@code ensemble.json} is written last and marks it complete.</li>
 * </ul>
 */
package io.rewardlake.core.model;
