# syntax=docker/dockerfile:1
# Multi-stage build: the JDK and Maven stay in the build stage, the image ships a JRE and the jar.
# See docs/adr/0004-docker-image.md for why this is a Dockerfile rather than buildpacks.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY src/ src/
# The cache mount keeps ~/.m2 between builds on the same machine without putting it in a layer.
RUN --mount=type=cache,target=/root/.m2 \
    chmod +x mvnw \
    && ./mvnw -B -DskipTests package \
    && cp target/parcomms-*.jar /src/parcomms.jar

FROM eclipse-temurin:17-jre
RUN groupadd --system parcomms \
    && useradd --system --gid parcomms --home-dir /app --shell /usr/sbin/nologin parcomms \
    && mkdir -p /app/data \
    && chown -R parcomms:parcomms /app
WORKDIR /app
COPY --from=build --chown=parcomms:parcomms /src/parcomms.jar /app/parcomms.jar
USER parcomms
EXPOSE 8080
# Without SPRING_DATASOURCE_URL the app starts its embedded PostgreSQL in /app/data (password-protected,
# localhost only), without demo data, and opens the first-run setup at /setup (setup code in the log);
# docker-compose.yml always sets the URL, so the image runs on a real server there.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
ENTRYPOINT ["java", "-jar", "/app/parcomms.jar"]
