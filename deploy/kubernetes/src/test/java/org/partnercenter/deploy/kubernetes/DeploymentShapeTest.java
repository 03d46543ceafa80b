package org.partnercenter.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Each app's Deployment: probes on its management port, bounded resources, non-root, scaled and budgeted. */
class DeploymentShapeTest {

    static final List<String> APPS = Repository.APPS;

    @ParameterizedTest
    @FieldSource("APPS")
    void shouldProbeTheManagementPortWhenDeployed(String app) {
        int management = AppConfig.of(app).managementPort();

        Container container = DeployedEnvironment.container(Manifests.base(), app);

        assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/q/health/live");
        assertThat(container.getLivenessProbe().getHttpGet().getPort().getIntVal()).isEqualTo(management);
        assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/q/health/ready");
        assertThat(container.getReadinessProbe().getHttpGet().getPort().getIntVal()).isEqualTo(management);
    }

    @ParameterizedTest
    @FieldSource("APPS")
    void shouldListenOnAllInterfacesWhenTheManagementPortIsProbed(String app) {
        Container container = DeployedEnvironment.container(Manifests.base(), app);

        assertThat(container.getEnv()).filteredOn(v -> v.getName().equals("PC_MANAGEMENT_HOST"))
                .extracting(EnvVar::getValue).containsExactly("0.0.0.0");
    }

    @ParameterizedTest
    @FieldSource("APPS")
    void shouldBoundResourcesAndRunAsNonRootWhenDeployed(String app) {
        Deployment deployment = Manifests.base().require(Deployment.class, app);
        var pod = deployment.getSpec().getTemplate().getSpec();
        Container container = DeployedEnvironment.container(Manifests.base(), app);

        assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
        assertThat(container.getResources().getLimits()).containsKeys("cpu", "memory");
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(container.getVolumeMounts()).anySatisfy(m -> {
            assertThat(m.getMountPath()).isEqualTo("/tmp");
            assertThat(pod.getVolumes()).anySatisfy(v -> {
                assertThat(v.getName()).isEqualTo(m.getName());
                assertThat(v.getEmptyDir()).isNotNull();
            });
        });
    }

    @ParameterizedTest
    @FieldSource("APPS")
    void shouldScaleAndBudgetDisruptionsWhenDeployed(String app) {
        HorizontalPodAutoscaler autoscaler = Manifests.base().require(HorizontalPodAutoscaler.class, app);
        PodDisruptionBudget budget = Manifests.base().require(PodDisruptionBudget.class, app);

        assertThat(autoscaler.getSpec().getScaleTargetRef().getName()).isEqualTo(app);
        assertThat(autoscaler.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
        assertThat(budget.getSpec().getSelector().getMatchLabels()).containsEntry("app.kubernetes.io/name", app);
    }
}
