package dev.airgap.resolve;

import java.util.List;

/**
 * The AWS partition a region belongs to, which decides {@code AWS::Partition} and {@code AWS::URLSuffix}. Region
 * prefixes and DNS suffixes as in the AWS SDKs' partition metadata ({@code partitions.json}).
 */
enum Partition {
    AWS_CN("aws-cn", "amazonaws.com.cn", "cn-"),
    AWS_US_GOV("aws-us-gov", "amazonaws.com", "us-gov-"),
    AWS_ISO("aws-iso", "c2s.ic.gov", "us-iso-"),
    AWS_ISO_B("aws-iso-b", "sc2s.sgov.gov", "us-isob-"),
    AWS_ISO_E("aws-iso-e", "cloud.adc-e.uk", "eu-isoe-"),
    AWS_ISO_F("aws-iso-f", "csp.hci.ic.gov", "us-isof-"),
    AWS_EUSC("aws-eusc", "amazonaws.eu", "eusc-"),
    AWS("aws", "amazonaws.com", "");

    private final String id;
    private final String urlSuffix;
    private final String regionPrefix;

    Partition(String id, String urlSuffix, String regionPrefix) {
        this.id = id;
        this.urlSuffix = urlSuffix;
        this.regionPrefix = regionPrefix;
    }

    String id() {
        return id;
    }

    String urlSuffix() {
        return urlSuffix;
    }

    static Partition of(String region) {
        for (Partition p : List.of(values())) {
            if (region.startsWith(p.regionPrefix)) {
                return p;
            }
        }
        return AWS;
    }
}
