"""Cluster: documents → stories (same event, not merely a similar one), online and order-independent.

requires: cleaned, dated Documents
assigns:  a story id per document; story profiles (term counts, date span) that grow with their stories
"""

from crosswire.cluster.features import Features, document_features
from crosswire.cluster.online import (ClusterSettings, Clusterer, StoryProfile, canonical_order, cluster_features,
                                      document_frequencies, story_id_for)

__all__ = ["ClusterSettings", "Clusterer", "Features", "StoryProfile", "canonical_order", "cluster_features",
           "document_features", "document_frequencies", "story_id_for"]
