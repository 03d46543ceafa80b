package org.partnercenter.testing.architecture;

import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaCodeUnitAccess;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
import java.util.Set;

/** The checks ArchUnit has no ready condition for; each violation names the class, member and line. */
final class HouseConditions {

    /** java.time types whose now() reads the system clock unless it is handed a Clock. */
    private static final Set<String> TIME_TYPES = Set.of("java.time.Instant", "java.time.LocalDate",
            "java.time.LocalDateTime", "java.time.LocalTime", "java.time.OffsetDateTime", "java.time.OffsetTime",
            "java.time.ZonedDateTime", "java.time.Year", "java.time.YearMonth", "java.time.MonthDay");

    private HouseConditions() {
    }

    static ArchCondition<JavaClass> carryNoTransactional() {
        return new ArchCondition<>("carry no @Transactional on the class or a method") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                if (ClassRoles.TRANSACTIONAL.stream().anyMatch(type::isAnnotatedWith)) {
                    events.add(SimpleConditionEvent.violated(type, "Class <" + type.getName()
                            + "> is annotated with @Transactional in " + type.getSourceCodeLocation()));
                }
                for (JavaCodeUnit unit : type.getCodeUnits()) {
                    if (ClassRoles.TRANSACTIONAL.stream().anyMatch(unit::isAnnotatedWith)) {
                        events.add(SimpleConditionEvent.violated(unit, "Method <" + unit.getFullName()
                                + "> is annotated with @Transactional in " + unit.getSourceCodeLocation()));
                    }
                }
            }
        };
    }

    static ArchCondition<JavaClass> callNoPersistence() {
        return new ArchCondition<>("call no EntityManager, Hibernate Session or Panache method") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (JavaMethodCall call : type.getMethodCallsFromSelf()) {
                    // PartnerOrganization.findById is declared by PanacheEntityBase: look where the method lives.
                    Optional<JavaClass> declaredBy = call.getTarget().resolveMember().map(m -> m.getOwner());
                    if (ClassRoles.isPersistence(call.getTargetOwner())
                            || declaredBy.map(ClassRoles::isPersistence).orElse(false)) {
                        events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                    }
                }
            }
        };
    }

    static ArchCondition<JavaClass> readTimeOnlyFromAClock() {
        return new ArchCondition<>("read the time only from an injected Clock") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (JavaCodeUnitAccess<?> access : type.getCodeUnitAccessesFromSelf()) {
                    if (readsTheWallClock(access.getTarget())) {
                        events.add(SimpleConditionEvent.violated(access, access.getDescription()));
                    }
                }
            }
        };
    }

    /** now() without a Clock, currentTimeMillis(), new Date() and Calendar.getInstance(); nanoTime() is a stopwatch. */
    static boolean readsTheWallClock(CodeUnitAccessTarget target) {
        String owner = target.getOwner().getName();
        String name = target.getName();
        boolean handedAClock = target.getRawParameterTypes().stream()
                .anyMatch(parameter -> parameter.getName().equals(ClassRoles.CLOCK));
        return TIME_TYPES.contains(owner) && name.equals("now") && !handedAClock
                || owner.equals("java.lang.System") && name.equals("currentTimeMillis")
                || owner.equals("java.util.Date") && name.equals("<init>") && target.getRawParameterTypes().isEmpty()
                || owner.equals("java.util.Calendar") && name.equals("getInstance");
    }

    static ArchCondition<JavaClass> dependOnNoOtherServiceModule() {
        return new ArchCondition<>("depend on no other service module (" + ClassRoles.SERVICE_MODULES + ")") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                Optional<String> own = ClassRoles.serviceModule(type.getPackageName());
                if (own.isEmpty()) {
                    return;
                }
                for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                    Optional<String> other = ClassRoles.serviceModule(dependency.getTargetClass().getPackageName());
                    if (other.isPresent() && !other.equals(own)) {
                        events.add(SimpleConditionEvent.violated(dependency, "service module " + own.get()
                                + " reaches into " + other.get() + ": " + dependency.getDescription()));
                    }
                }
            }
        };
    }
}
