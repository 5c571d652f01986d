/** Small helpers shared by the core packages (no Spark). */
package io.rewardlake.core.util;
