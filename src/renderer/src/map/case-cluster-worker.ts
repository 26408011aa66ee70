// The case clusters' own worker: it holds every case point shown and rebuilds
// the cluster index after changes, so the page never does, and maplibre's
// workers never get the points at all (see case-cluster-index.ts).
import { answerClusterRequest, createCaseClusterIndex, type ClusterRequest } from './case-cluster-index.ts';
import { CLUSTER_MAX_ZOOM } from './case-layers.ts';

const index = createCaseClusterIndex(CLUSTER_MAX_ZOOM);
self.onmessage = (e: MessageEvent<ClusterRequest>) => {
  const reply = answerClusterRequest(index, e.data);
  if (reply) self.postMessage(reply);
};
