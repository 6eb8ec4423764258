/** The Maven adapters: mojos that turn configuration into calls of the analysis and its results into files, log lines and build failures. */
package dev.airgap.maven;
