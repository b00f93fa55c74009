package vn.parcomms.shared.database;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.BasicType;
import org.hibernate.type.StandardBasicTypes;

/**
 * Lets JPQL call the search functions of migration V80 ({@code vn_fold(n.name) like
 * vn_contains_pattern(:text) escape '\'}): unregistered, Hibernate does not know they return
 * text and refuses them as operands of {@code like}. Found by Hibernate through
 * {@code META-INF/services}.
 */
public class VietnameseSearchFunctions implements FunctionContributor {

    @Override
    public void contributeFunctions(FunctionContributions contributions) {
        BasicType<String> text = contributions.getTypeConfiguration().getBasicTypeRegistry()
                .resolve(StandardBasicTypes.STRING);
        contributions.getFunctionRegistry().registerPattern("vn_fold", "public.vn_fold(?1)", text);
        contributions.getFunctionRegistry().registerPattern("vn_contains_pattern", "public.vn_contains_pattern(?1)",
                text);
    }
}
