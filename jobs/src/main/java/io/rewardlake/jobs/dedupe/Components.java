package io.rewardlake.jobs.dedupe;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.graphx.Edge;
import org.apache.spark.graphx.Graph;
import org.apache.spark.graphx.lib.ConnectedComponents;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;

/** Connected components of an undirected graph given as a frame of (bigint, bigint) links, by Spark GraphX. */
final class Components {
  private static final ClassTag<Object> ANY = ClassTag$.MODULE$.Any();

  private Components() {}

  /**
   * One row per linked vertex: the vertex (column {@code vertex}) and its component (column {@code component}), the
   * smallest vertex of the component. Vertices without a link are not in it.
   */
  static Dataset<Row> of(SparkSession spark, Dataset<Row> links, String vertex, String component) {
    JavaRDD<Edge<Object>> edges = links.javaRDD().map(row -> new Edge<>(row.getLong(0), row.getLong(1), 0));
    Graph<Object, Object> graph = Graph.fromEdges(edges.rdd(), 0L, StorageLevel.MEMORY_AND_DISK(),
        StorageLevel.MEMORY_AND_DISK(), ANY, ANY);
    Graph<Object, Object> components = ConnectedComponents.run(graph, ANY, ANY);
    JavaRDD<Row> rows = components.vertices().toJavaRDD().map(pair -> RowFactory.create(pair._1(), pair._2()));
    StructType schema = new StructType().add(vertex, DataTypes.LongType, false)
        .add(component, DataTypes.LongType, false);
    return spark.createDataFrame(rows, schema);
  }
}
