package dev.airgap.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Placeholder while the pipeline is built. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class CheckMojo extends AbstractMojo {
    /** Skips the goal. */
    @Parameter(property = "airgap.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() {
        getLog().info("airgap");
    }
}
