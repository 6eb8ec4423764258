package dev.airgap.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.airgap.template.InputException;
import org.junit.jupiter.api.Test;

class AccessCheckTest {

    @Test
    void actionThenBucket() {
        assertThat(AccessCheck.parse("  s3:ListBucket   test-us-west-bt2 "))
                .isEqualTo(new AccessCheck("s3:ListBucket", "test-us-west-bt2"));
    }

    @Test
    void aBucketAloneOrAnActionWithoutServiceIsRefused() {
        assertThatThrownBy(() -> AccessCheck.parse("test-us-west-bt")).isInstanceOf(InputException.class)
                .hasMessageContaining("is not of the form ACTION BUCKET");
        assertThatThrownBy(() -> AccessCheck.parse("ListBucket b")).isInstanceOf(InputException.class);
        assertThatThrownBy(() -> AccessCheck.parse("s3:GetObject a b")).isInstanceOf(InputException.class);
    }
}
