/**
 * Per subnet × service and per VPC on-premises: the path an instance takes, its hops, the verdict and the
 * explanation codes, as AWS Reachability Analyzer would give them after deployment. Entry point:
 * {@link dev.airgap.path.PathAnalyzer#analyze}. When the templates do not say enough, the verdict is
 * {@link dev.airgap.path.Access#UNKNOWN} with the reason — never a guess that the path is private.
 */
package dev.airgap.path;
