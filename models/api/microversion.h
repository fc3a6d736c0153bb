#pragma once

#include <QMetaType>
#include <QString>

// A Placement microversion such as 1.19. A default-constructed value is invalid.
class Microversion
{
public:
    Microversion() = default;
    Microversion(int major, int minor);

    // Parses "1.19" (and "placement 1.19" as found in OpenStack-API-Version headers).
    static Microversion parse(const QString &text);

    // The highest version in [serverMin, serverMax] ∩ [clientMin, clientMax], or an invalid value.
    static Microversion negotiate(const Microversion &serverMin, const Microversion &serverMax,
                                  const Microversion &clientMin, const Microversion &clientMax);

    // The range this client knows how to speak.
    static Microversion clientMinimum(); // 1.1: aggregates
    static Microversion clientMaximum(); // 1.39: newest in Placement 8.0.0

    // Versions that switch features on.
    static Microversion memberOf();             // 1.3
    static Microversion providerTraits();       // 1.6: GET /resource_providers/{uuid}/traits
    static Microversion providerTrees();        // 1.14: parent/root uuid, in_tree
    static Microversion aggregateGenerations(); // 1.19
    static Microversion forbiddenTraits();      // 1.22: required=!TRAIT
    static Microversion errorCodes();           // 1.23

    bool isValid() const { return m_major >= 0 && m_minor >= 0; }
    int major() const { return m_major; }
    int minor() const { return m_minor; }
    QString toString() const;

    bool hasProviderTrees() const { return *this >= providerTrees(); }
    bool hasAggregateGenerations() const { return *this >= aggregateGenerations(); }

    friend bool operator==(const Microversion &a, const Microversion &b)
    {
        return a.m_major == b.m_major && a.m_minor == b.m_minor;
    }
    friend bool operator!=(const Microversion &a, const Microversion &b) { return !(a == b); }
    friend bool operator<(const Microversion &a, const Microversion &b)
    {
        return a.m_major != b.m_major ? a.m_major < b.m_major : a.m_minor < b.m_minor;
    }
    friend bool operator>(const Microversion &a, const Microversion &b) { return b < a; }
    friend bool operator<=(const Microversion &a, const Microversion &b) { return !(b < a); }
    friend bool operator>=(const Microversion &a, const Microversion &b) { return !(a < b); }

private:
    int m_major = -1;
    int m_minor = -1;
};

Q_DECLARE_METATYPE(Microversion)
