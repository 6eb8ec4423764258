package dev.airgap.path;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A template as deep as the resolver accepts goes through the network model and the path analysis on a small
 * thread stack too (Maven's -T worker threads): nothing downstream recurses on the depth of a value.
 */
class DeepTemplateTest {

    @Test
    void aChainNearTheResolverLimitIsAnalysedOnA512KibStack() throws InterruptedException {
        // SubnetB's CidrBlock and VpcId come through 45 links of Fn::GetAtt on other subnets (90 levels of 100).
        StringBuilder sb = new StringBuilder(Yaml.BASE.replace("""
                  VpcId: !Ref Vpc
                  CidrBlock: 10.0.2.0/24
            """, """
                  VpcId: !GetAtt L0.VpcId
                  CidrBlock: !GetAtt L0.CidrBlock
            """));
        int links = 45;
        for (int i = 0; i < links; i++) {
            String next = i + 1 == links ? "{VpcId: !Ref Vpc, CidrBlock: 10.0.2.0/24}"
                    : "{VpcId: !GetAtt L%1$d.VpcId, CidrBlock: !GetAtt L%1$d.CidrBlock}".formatted(i + 1);
            sb.append("  L%d: {Type: AWS::EC2::Subnet, Properties: %s}\n".formatted(i, next));
        }
        sb.append(Yaml.s3Gateway("S3", "RtB"));
        String yaml = sb.toString();
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                outcome.set(Fixtures.s3(Fixtures.analyze("us-west-2", yaml), "SubnetB").access());
            } catch (Throwable e) {
                outcome.set(e);
            }
        }, "t", 512 * 1024);
        t.start();
        t.join(30_000);
        assertThat(outcome.get()).isEqualTo(Access.GATEWAY_ENDPOINT);
    }
}
