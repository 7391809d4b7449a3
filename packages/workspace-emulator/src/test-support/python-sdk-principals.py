# Drives the official Databricks Python SDK (databricks-sdk) against a workspace emulator as a
# service principal: OAuth M2M (`oauth-m2m`) and Entra ID client credentials
# (`azure-client-secret`, with the SDK's Azure environment pointed at the emulator's authority via
# `databricks_environment`, databricks/sdk/config.py `Config.environment`). Reads one JSON object
# on stdin, prints one JSON line per flow, and exits 0.
import json
import sys

from databricks.sdk import WorkspaceClient
from databricks.sdk.config import Config
from databricks.sdk.environments import ARM_DATABRICKS_RESOURCE_ID, AzureEnvironment, Cloud, DatabricksEnvironment
from databricks.sdk.version import __version__


def round_trip(client):
    me = client.current_user.me()
    created = client.tokens.create(comment="python sdk", lifetime_seconds=600)
    listed = [info.token_id for info in client.tokens.list()]
    client.tokens.delete(token_id=created.token_info.token_id)
    clusters = [cluster.cluster_id for cluster in client.clusters.list()]
    return {
        "userName": me.user_name,
        "created": created.token_info.token_id,
        "listed": listed,
        "listedAfterDelete": [info.token_id for info in client.tokens.list()],
        "clusters": clusters,
        "authType": client.config.auth_type,
    }


def run(name, make):
    try:
        print(json.dumps({"flow": name, "result": round_trip(make())}), flush=True)
    except Exception as error:  # the test compares the message
        print(json.dumps({"flow": name, "error": f"{type(error).__name__}: {error}"}), flush=True)


def main():
    spec = json.load(sys.stdin)
    print(json.dumps({"version": __version__}), flush=True)
    run(
        "oauth-m2m",
        lambda: WorkspaceClient(host=spec["host"], client_id=spec["clientId"], client_secret=spec["clientSecret"], auth_type="oauth-m2m"),
    )
    local_cloud = AzureEnvironment(
        name="PUBLIC",
        service_management_endpoint="https://management.core.windows.net/",
        resource_manager_endpoint="https://management.azure.com/",
        active_directory_endpoint=spec["authority"],
    )
    run(
        "azure-client-secret",
        lambda: WorkspaceClient(
            config=Config(
                host=spec["host"],
                azure_client_id=spec["clientId"],
                azure_client_secret=spec["clientSecret"],
                azure_tenant_id=spec["tenant"],
                auth_type="azure-client-secret",
                databricks_environment=DatabricksEnvironment(
                    Cloud.AZURE, ".azuredatabricks.net", azure_application_id=ARM_DATABRICKS_RESOURCE_ID, azure_environment=local_cloud
                ),
            )
        ),
    )


main()
